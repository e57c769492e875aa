package eu.hubtable.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The day before an event, everyone going gets a reminder (once). */
@Component
class EventReminders {

    private final JdbcClient jdbc;
    private final EventMail mail;
    private final Clock clock;

    EventReminders(JdbcClient jdbc, EventMail mail, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
    }

    /** Queues the reminders due now; returns how many. */
    @Scheduled(fixedDelay = 15, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    @Transactional
    public int remindTomorrowsEvents() {
        Instant now = clock.instant();
        record Due(long rsvpId, long eventId, long memberId) {
        }
        var due = jdbc.sql("""
                select r.id, r.event_id, r.member_id from rsvp r join event e on e.id = r.event_id
                where r.status = 'GOING' and r.reminded_at is null and e.state = 'SCHEDULED'
                  and e.starts_at > :now and e.starts_at <= :tomorrow
                order by r.id limit 500 for update skip locked""")
                .param("now", Timestamp.from(now)).param("tomorrow", Timestamp.from(now.plus(Duration.ofHours(24))))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        for (Due reminder : due) {
            mail.send(EventMail.Kind.REMINDER, reminder.eventId(), reminder.memberId());
            jdbc.sql("update rsvp set reminded_at = :now where id = :id").param("now", Timestamp.from(now))
                    .param("id", reminder.rsvpId()).update();
        }
        return due.size();
    }
}
