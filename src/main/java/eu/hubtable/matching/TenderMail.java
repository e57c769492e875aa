package eu.hubtable.matching;

import com.vaadin.flow.i18n.I18NProvider;
import eu.hubtable.core.mail.MailOutbox;
import eu.hubtable.member.MailRecipient;
import eu.hubtable.member.MailRecipients;
import eu.hubtable.core.ui.SiteAddress;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mail about a tender, in the recipient's language, queued in the caller's transaction. */
@Component
class TenderMail {

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final I18NProvider i18n;
    private final SiteAddress site;
    private final MailRecipients recipients;

    TenderMail(JdbcClient jdbc, MailOutbox outbox, I18NProvider i18n, MailRecipients recipients,
            SiteAddress site) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.outbox = outbox;
        this.i18n = i18n;
        this.site = site;
    }

    private record About(String title, String buyer, LocalDate deadline, int roles, int filled) {
    }

    /** Invited to a role (for themselves, or for an organisation they manage): queued for an active member. */
    void invited(long tenderId, long roleId, long memberId, long leadId, @Nullable String note) {
        Optional<MailRecipient> to = recipients.active(memberId);
        if (to.isEmpty()) {
            return;
        }
        record Invitation(String title, String buyer, LocalDate deadline, String role, String lead) {
        }
        Invitation invitation = jdbc.sql("""
                select t.title, t.buyer, t.deadline, r.name, m.display_name
                from tender t join tender_role r on r.tender_id = t.id join member m on m.id = :lead
                where t.id = :tender and r.id = :role""")
                .param("tender", tenderId).param("role", roleId).param("lead", leadId)
                .query((rs, n) -> new Invitation(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5)))
                .single();
        Locale locale = to.get().locale();
        String date = invitation.deadline().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        String subject = i18n.getTranslation("mail.tender.invited.subject", locale, invitation.lead(), invitation.title());
        String body = i18n.getTranslation("mail.tender.invited.body", locale, to.get().name(), invitation.lead(), invitation.role(),
                invitation.title(), invitation.buyer(), date, note == null ? "" : "\n«" + note + "»\n", site.link("tenders"));
        outbox.enqueue(to.get().email(), subject, body, null);
    }

    /** The deadline is near: queued for an active member; returns whether a mail was queued. */
    boolean remind(long tenderId, long memberId, long daysLeft) {
        Optional<MailRecipient> to = recipients.active(memberId);
        if (to.isEmpty()) {
            return false; // erased: nobody to tell
        }
        About about = jdbc.sql("""
                select t.title, t.buyer, t.deadline, (select count(*) from tender_role r where r.tender_id = t.id),
                       (select count(*) from tender_invitation i where i.tender_id = t.id and i.status = 'ACCEPTED')
                from tender t where t.id = :id""")
                .param("id", tenderId)
                .query((rs, n) -> new About(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5)))
                .single();
        Locale locale = to.get().locale();
        String date = about.deadline().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        String subject = i18n.getTranslation("mail.tender.reminder.subject", locale, about.title(), date);
        String body = i18n.getTranslation("mail.tender.reminder.body", locale, to.get().name(), about.title(), about.buyer(), date,
                daysLeft, about.filled(), about.roles(), site.link("tenders/" + tenderId));
        outbox.enqueue(to.get().email(), subject, body, null);
        return true;
    }
}
