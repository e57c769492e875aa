package eu.hubtable.core.mail;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mail to send, written in the caller's transaction: it leaves only if the change it tells about
 * commits, and a mail server that is slow or down never holds up (or undoes) that change.
 * {@link MailDelivery} sends it, retrying with growing pauses.
 */
@Component
public class MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a plain-text mail, with an iCalendar attachment when {@code calendar} is given. */
    public void enqueue(String recipient, String subject, String body, @Nullable String calendar) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into mail_outbox (recipient, subject, body, calendar, created_at, next_attempt_at)
                values (:to, :subject, :body, :calendar, :now, :now)""")
                .param("to", recipient).param("subject", subject.length() > 300 ? subject.substring(0, 300) : subject)
                .param("body", body).param("calendar", calendar).param("now", now).update();
    }
}
