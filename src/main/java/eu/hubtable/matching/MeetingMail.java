package eu.hubtable.matching;

import com.vaadin.flow.i18n.I18NProvider;
import eu.hubtable.core.mail.MailOutbox;
import eu.hubtable.member.MailRecipients;
import eu.hubtable.core.ui.SiteAddress;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mail about a meeting request, in the recipient's language, queued in the caller's transaction:
 * the slot's owner hears of a request (and of its cancellation), the people in a request hear the
 * owner's answer. At an event nobody watches a page: the phone buzzes.
 */
@Component
class MeetingMail {

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final I18NProvider i18n;
    private final SiteAddress site;
    private final MailRecipients recipients;

    MeetingMail(JdbcClient jdbc, MailOutbox outbox, I18NProvider i18n, MailRecipients recipients,
            SiteAddress site) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.outbox = outbox;
        this.i18n = i18n;
        this.site = site;
    }

    private record About(long ownerId, long requesterId, String requester, String owner, String event, java.time.Instant startsAt,
            ZoneId zone, String purpose) {
    }

    /** A new request: its owner is asked. */
    void requested(long requestId) {
        About about = about(requestId);
        tell(List.of(about.ownerId()), "requested", about);
    }

    /** The owner's answer reaches everyone in the request; a cancellation reaches the owner. */
    void answered(long requestId, MeetingStatus to) {
        About about = about(requestId);
        List<Long> recipients = to == MeetingStatus.CANCELLED ? List.of(about.ownerId())
                : jdbc.sql("select member_id from meeting_guest where request_id = :id").param("id", requestId).query(Long.class).list();
        tell(recipients, to.name().toLowerCase(Locale.ROOT), about);
    }

    private About about(long requestId) {
        return jdbc.sql("""
                select s.owner_id, r.requester_id, asker.display_name, owner.display_name, e.title, s.starts_at, e.time_zone, r.purpose
                from meeting_request r join meeting_slot s on s.id = r.slot_id join event e on e.id = s.event_id
                join member asker on asker.id = r.requester_id join member owner on owner.id = s.owner_id
                where r.id = :id""").param("id", requestId)
                .query((rs, n) -> new About(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), ZoneId.of(rs.getString(7)), rs.getString(8)))
                .single();
    }

    /** {@code kind}: requested, accepted, declined or cancelled; its texts are {@code mail.meeting.<kind>.subject/body}. */
    private void tell(List<Long> memberIds, String kind, About about) {
        String key = "mail.meeting." + kind;
        for (long memberId : memberIds) {
            recipients.active(memberId).ifPresent(to -> {
                String when = about.startsAt().atZone(about.zone()).format(DateTimeFormatter
                        .ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(to.locale())) + " (" + about.zone().getId() + ")";
                String subject = i18n.getTranslation(key + ".subject", to.locale(), about.requester(), about.owner(), about.event());
                String body = i18n.getTranslation(key + ".body", to.locale(), to.name(), about.requester(), about.owner(),
                        about.event(), when, about.purpose(), site.link("meetings"));
                outbox.enqueue(to.email(), subject, body, null);
            });
        }
    }
}
