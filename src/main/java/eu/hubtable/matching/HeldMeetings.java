package eu.hubtable.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting counts as held once its slot's end has passed with at least one accepted request, at an
 * event that was not cancelled: nobody has to remember to tick it. Each is announced once
 * ({@link MeetingHeld}), marked in the same transaction.
 */
@Component
class HeldMeetings {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeldMeetings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Announces the meetings that ended since the last run; returns how many. */
    @Scheduled(fixedDelay = 5, initialDelay = 2, timeUnit = TimeUnit.MINUTES)
    @Transactional
    public int announce() {
        Instant now = clock.instant();
        record Ended(long slotId, long eventId, long ownerId, Instant startsAt, Instant endsAt) {
        }
        List<Ended> ended = jdbc.sql("""
                select s.id, s.event_id, s.owner_id, s.starts_at, s.ends_at from meeting_slot s
                where s.held_at is null and s.ends_at <= :now
                  and exists (select 1 from meeting_request r where r.slot_id = s.id and r.status = 'ACCEPTED')
                  and exists (select 1 from event e where e.id = s.event_id and e.state = 'SCHEDULED')
                order by s.id limit 500 for update skip locked""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Ended(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()))
                .list();
        for (Ended meeting : ended) {
            List<Long> people = new ArrayList<>();
            people.add(meeting.ownerId());
            people.addAll(jdbc.sql("""
                    select g.member_id from meeting_guest g join meeting_request r on r.id = g.request_id
                    where r.slot_id = :slot and r.status = 'ACCEPTED' order by r.id, g.member_id""")
                    .param("slot", meeting.slotId()).query(Long.class).list());
            jdbc.sql("update meeting_slot set held_at = :now where id = :id").param("now", Timestamp.from(now))
                    .param("id", meeting.slotId()).update();
            events.publishEvent(new MeetingHeld(meeting.slotId(), meeting.eventId(), List.copyOf(people), meeting.startsAt(),
                    meeting.endsAt()));
        }
        return ended.size();
    }
}
