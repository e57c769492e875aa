package eu.hubtable.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.hubtable.core.mail.MailDelivery;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.member.NewMember;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mail reaches a real SMTP server (GreenMail, in process) in the member's language; a server that is down blocks nothing. */
class EventMailTest extends EventTest {

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private EventReminders reminders;

    @Test
    void aConfirmationArrivesInFrenchWithTheEventForTheCalendar() throws Exception {
        long event = event(5, null);
        MemberPrincipal lea = french("Léa Martin");
        GreenMail smtp = new GreenMail(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            signIn(lea);
            rsvps.going(event);
            delivery.deliverDue();
            assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(lea.email());
            assertThat(mail.getSubject()).isEqualTo("Vous êtes inscrit : Studio visit: Pixel Forge");
            assertThat(part(mail, "text/plain")).contains("Bonjour Léa Martin", "jeudi 3 décembre 2026",
                    "Main hall, 1 Rue de la Gare, Luxembourg", "/events/" + event);
            String ics = part(mail, "text/calendar");
            assertThat(biweekly.Biweekly.parse(ics).first().getEvents().getFirst().getDateStart().getValue().toInstant())
                    .isEqualTo(Instant.parse("2026-12-03T13:00:00Z"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void withTheMailServerDownTheAnswerStandsAndTheMailWaitsForAnotherTry() {
        long event = event(5, null);
        MemberPrincipal tom = newMember("Tom Weber");
        signIn(tom);
        assertThat(rsvps.going(event)).isEqualTo(RsvpStatus.GOING);
        assertThat(delivery.deliverDue()).isZero();
        record Row(int attempts, Instant next, String error) {
        }
        Row row = jdbc.sql("select attempts, next_attempt_at, last_error from mail_outbox where recipient = :to")
                .param("to", tom.email()).query((rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .single();
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.next()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(row.error()).isNotBlank();
        signIn(tom);
        assertThat(events.details(event).mine().status()).isEqualTo(RsvpStatus.GOING);
    }

    @Test
    void theDayBeforeEveryoneGoingGetsOneReminder() {
        long event = event(5, null);
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        rsvps.going(event);
        assertThat(reminders.remindTomorrowsEvents()).as("three days before: not yet").isZero();
        clock.advance(Duration.ofDays(1).plusHours(6)); // 2 December, 15:00: the event is tomorrow at 14:00
        assertThat(reminders.remindTomorrowsEvents()).isEqualTo(1);
        assertThat(reminders.remindTomorrowsEvents()).isZero();
        assertThat(mailsTo(lea, "Tomorrow: Studio visit")).isEqualTo(1);
    }

    /** The decoded text of the first part of this type, however deep the mail nests it. */
    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private MemberPrincipal french(String name) {
        String email = "lea.fr." + System.nanoTime() + "@test.hubtable.eu";
        long id = asAdmin(() -> memberAccounts.create(new NewMember(name, email, PASSWORD, Locale.FRENCH, null, "Bruxelles", "BE",
                Set.of(Role.MEMBER))));
        return new MemberPrincipal(id, email, name, Locale.FRENCH, Set.of(Role.MEMBER), true, null);
    }
}
