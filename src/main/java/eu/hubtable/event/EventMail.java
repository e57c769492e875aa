package eu.hubtable.event;

import com.vaadin.flow.i18n.I18NProvider;
import eu.hubtable.core.mail.MailOutbox;
import eu.hubtable.member.MailRecipient;
import eu.hubtable.member.MailRecipients;
import eu.hubtable.core.ui.SiteAddress;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mail to a member about an event, in their language, queued in the caller's transaction: confirmed,
 * waitlisted, promoted from the waitlist, reminder, rescheduled, cancelled by the host. Mail that
 * puts the event in a calendar carries it as an iCalendar attachment.
 */
@Component
class EventMail {

    enum Kind {
        CONFIRMED(true), WAITLISTED(false), PROMOTED(true), REMINDER(false), RESCHEDULED(true), CANCELLED(true);

        final boolean withCalendar;

        Kind(boolean withCalendar) {
            this.withCalendar = withCalendar;
        }

        String key() {
            return "mail.event." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final I18NProvider i18n;
    private final EventCalendar calendar;
    private final SiteAddress site;
    private final MailRecipients recipients;

    EventMail(JdbcClient jdbc, MailOutbox outbox, I18NProvider i18n, EventCalendar calendar, MailRecipients recipients,
            SiteAddress site) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.i18n = i18n;
        this.calendar = calendar;
        this.recipients = recipients;
        this.site = site;
    }

    private record About(String title, java.time.Instant startsAt, ZoneId zone, String place) {
    }

    /** A composed mail, ready to queue; none when the member erased their account meanwhile. */
    record Letter(String recipient, String subject, String body, @org.jspecify.annotations.Nullable String calendar) {
    }

    void send(Kind kind, long eventId, long memberId) {
        compose(kind, eventId, memberId).ifPresent(this::queue);
    }

    void queue(Letter letter) {
        outbox.enqueue(letter.recipient(), letter.subject(), letter.body(), letter.calendar());
    }

    java.util.Optional<Letter> compose(Kind kind, long eventId, long memberId) {
        MailRecipient to = recipients.active(memberId).orElse(null);
        if (to == null) {
            return java.util.Optional.empty(); // erased meanwhile: nobody to tell
        }
        About about = jdbc.sql("""
                select e.title, e.starts_at, e.time_zone, coalesce(concat(v.name, ', ', v.address), '') as place
                from event e left join venue v on v.id = e.venue_id where e.id = :id""")
                .param("id", eventId)
                .query((rs, n) -> new About(rs.getString(1), rs.getTimestamp(2).toInstant(), ZoneId.of(rs.getString(3)),
                        rs.getString(4)))
                .single();
        String when = ZonedDateTime.ofInstant(about.startsAt(), about.zone())
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(to.locale()))
                + " (" + about.zone().getId() + ")";
        String place = about.place().isBlank() ? i18n.getTranslation("event.format.ONLINE", to.locale()) : about.place();
        String link = site.link("events/" + eventId);
        String subject = i18n.getTranslation(kind.key() + ".subject", to.locale(), about.title());
        String body = i18n.getTranslation(kind.key() + ".body", to.locale(), to.name(), about.title(), when, place, link);
        return java.util.Optional.of(new Letter(to.email(), subject, body, kind.withCalendar ? calendar.ics(eventId) : null));
    }
}
