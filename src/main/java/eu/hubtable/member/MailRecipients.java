package eu.hubtable.member;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place other modules learn how to write to a member. No access check: mail is composed by
 * services that have already checked their caller, and by scheduled jobs that have none.
 */
@Component
public class MailRecipients {

    private final JdbcClient jdbc;

    MailRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the member erased their account (nobody to tell). */
    public Optional<MailRecipient> active(long memberId) {
        return jdbc.sql("select email, display_name, locale from member where id = :id and status = 'ACTIVE'")
                .param("id", memberId)
                .query((rs, n) -> new MailRecipient(rs.getString(1), rs.getString(2),
                        rs.getString(3) == null ? Locale.ENGLISH : Locale.forLanguageTag(rs.getString(3))))
                .optional();
    }
}
