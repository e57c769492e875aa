package eu.hubtable.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event counts as held once its end has passed and it was not cancelled: nobody has to remember to
 * tick it. Each is announced once ({@link EventHeld}) with who was going and who was checked in, marked
 * in the same transaction.
 */
@Component
class HeldEvents {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeldEvents(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Announces the events that ended since the last run; returns how many. */
    @Scheduled(fixedDelay = 5, initialDelay = 2, timeUnit = TimeUnit.MINUTES)
    @Transactional
    public int announce() {
        Timestamp now = Timestamp.from(clock.instant());
        record Ended(long eventId, long organisationId, Instant startsAt, Instant endsAt) {
        }
        List<Ended> ended = jdbc.sql("""
                select id, organisation_id, starts_at, ends_at from event
                where held_at is null and ends_at <= :now and state = 'SCHEDULED'
                order by id limit 500 for update skip locked""")
                .param("now", now)
                .query((rs, n) -> new Ended(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()))
                .list();
        for (Ended event : ended) {
            List<Long> going = jdbc.sql("select member_id from rsvp where event_id = :event and status = 'GOING' order by member_id")
                    .param("event", event.eventId()).query(Long.class).list();
            List<Long> checkedIn = jdbc.sql("""
                    select member_id from rsvp where event_id = :event and status = 'GOING' and checked_in_at is not null
                    order by member_id""")
                    .param("event", event.eventId()).query(Long.class).list();
            jdbc.sql("update event set held_at = :now where id = :id").param("now", now).param("id", event.eventId()).update();
            events.publishEvent(new EventHeld(event.eventId(), event.organisationId(), event.startsAt(), event.endsAt(),
                    List.copyOf(going), List.copyOf(checkedIn)));
        }
        return ended.size();
    }
}
