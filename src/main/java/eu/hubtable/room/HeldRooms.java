package eu.hubtable.room;

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
 * A room counts as held once its facilitators closed it or its end passed, if anybody entered it: nobody
 * has to remember to tick it. Each is announced once ({@link RoomHeld}), marked in the same transaction;
 * a room nobody entered is marked without an announcement (no session took place).
 */
@Component
class HeldRooms {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeldRooms(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Announces the rooms that ended since the last run; returns how many were held. */
    @Scheduled(fixedDelay = 5, initialDelay = 2, timeUnit = TimeUnit.MINUTES)
    @Transactional
    public int announce() {
        Instant now = clock.instant();
        List<Long> ended = jdbc.sql("""
                select id from room where held_at is null and (ends_at <= :now or state = 'CLOSED')
                order by id limit 500 for update skip locked""")
                .param("now", Timestamp.from(now)).query(Long.class).list();
        int held = 0;
        for (long roomId : ended) {
            held += announce(roomId, now) ? 1 : 0;
        }
        return held;
    }

    /** Called in the closing transaction, so a closed room is announced at once. */
    boolean announce(long roomId, Instant now) {
        record Ended(long organisationId, Instant startsAt, Instant endsAt) {
        }
        Ended room = jdbc.sql("select organisation_id, starts_at, ends_at from room where id = :id and held_at is null for update")
                .param("id", roomId)
                .query((rs, n) -> new Ended(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()))
                .optional().orElse(null);
        if (room == null) {
            return false;
        }
        jdbc.sql("update room set held_at = :now where id = :id").param("now", Timestamp.from(now)).param("id", roomId).update();
        List<Long> attendees = jdbc.sql("select distinct member_id from attendance where room_id = :room order by member_id")
                .param("room", roomId).query(Long.class).list();
        if (attendees.isEmpty()) {
            return false;
        }
        Instant endedAt = room.endsAt().isBefore(now) ? room.endsAt() : now;
        events.publishEvent(new RoomHeld(roomId, room.organisationId(), room.startsAt(), endedAt, List.copyOf(attendees)));
        return true;
    }
}
