package eu.hubtable.core.mail;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, a batch at a time. A failed send is tried again after 1, 2, 4...
 * minutes (at most 6 hours apart), ten times in all; the last error stays on the row. With no mail
 * server configured ({@code spring.mail.host}), mail waits in the outbox.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 10;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private volatile boolean toldNoServer;

    MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock,
            @Value("${hubtable.mail.from:hubtable <no-reply@hubtable.eu>}") String from) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
    }

    private record Queued(long id, String recipient, String subject, String body, @Nullable String calendar, int attempts) {
    }

    /** Sends every mail that is due; returns how many left. */
    @Scheduled(fixedDelay = 20, initialDelay = 20, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    public synchronized int deliverDue() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            if (!toldNoServer) {
                log.info("No mail server configured (spring.mail.host): mail waits in the outbox");
                toldNoServer = true;
            }
            return 0;
        }
        List<Queued> due = jdbc.sql("""
                select id, recipient, subject, body, calendar, attempts from mail_outbox
                where sent_at is null and attempts < :max and next_attempt_at <= :now order by id limit :batch""")
                .param("max", MAX_ATTEMPTS).param("now", Timestamp.from(clock.instant())).param("batch", BATCH)
                .query((rs, n) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6)))
                .list();
        int sent = 0;
        for (Queued queued : due) {
            try {
                mail.send(message(mail, queued));
                jdbc.sql("update mail_outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
                        .param("now", Timestamp.from(clock.instant())).param("id", queued.id()).update();
                sent++;
            } catch (Exception failed) {
                Instant next = clock.instant().plus(backoff(queued.attempts() + 1));
                String error = String.valueOf(failed.getMessage());
                jdbc.sql("update mail_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error where id = :id")
                        .param("next", Timestamp.from(next)).param("error", error.length() > 500 ? error.substring(0, 500) : error)
                        .param("id", queued.id()).update();
                log.warn("Mail {} to {} not sent (attempt {}): {}", queued.id(), queued.recipient(), queued.attempts() + 1, error);
            }
        }
        return sent;
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(1L << Math.min(attempts - 1, 20), Duration.ofHours(6).toMinutes()));
    }

    private MimeMessage message(JavaMailSender mail, Queued queued) throws jakarta.mail.MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, queued.calendar() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(queued.recipient());
        helper.setSubject(queued.subject());
        helper.setText(queued.body(), false);
        if (queued.calendar() != null) {
            helper.addAttachment("hubtable-event.ics", new ByteArrayResource(queued.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        return message;
    }
}
