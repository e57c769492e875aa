package eu.hubtable.group;

import eu.hubtable.event.EventHeld;
import eu.hubtable.room.RoomHeld;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records who came to a group's session once its room or event was held, and announces it
 * ({@link GroupSessionHeld}) once per session. A plain (not after-commit) listener on purpose: the
 * attendance is written in the publisher's transaction, so it exists exactly when the room or event was
 * marked held, and nothing is lost between a commit and a listener. Recording happens once: the update
 * only touches a session not yet held, so a second announcement changes nothing. A failure is logged and
 * swallowed: a group's statistics must never undo closing a room. A session linked to both a room and an
 * event counts as held by whichever was held first.
 */
@Component
class HeldSessions {

    private static final Logger LOG = LoggerFactory.getLogger(HeldSessions.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher published;

    HeldSessions(JdbcClient jdbc, ApplicationEventPublisher published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    @EventListener
    void on(RoomHeld room) {
        safely(room, () -> record("room_id", room.roomId(), room.endedAt(), room.attendeeIds(), AttendanceSource.ROOM));
    }

    /** Check-ins when the host checked anyone in; otherwise those going, so a host without check-in still gets a trend. */
    @EventListener
    void on(EventHeld event) {
        boolean checkedIn = !event.checkedInIds().isEmpty();
        safely(event, () -> record("event_id", event.eventId(), event.endsAt(), checkedIn ? event.checkedInIds() : event.goingIds(),
                checkedIn ? AttendanceSource.CHECK_IN : AttendanceSource.RSVP));
    }

    private record Linked(long sessionId, long groupId, long organisationId) {
    }

    private void record(String column, long heldId, Instant endedAt, List<Long> came, AttendanceSource source) {
        List<Long> attendees = came.stream().distinct().sorted().toList();
        List<Linked> linked = jdbc.sql("select s.id, s.group_id, g.organisation_id from working_group_session s"
                        + " join working_group g on g.id = s.group_id where s." + column + " = :held and s.held_at is null order by s.id")
                .param("held", heldId)
                .query((rs, n) -> new Linked(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        Set<Long> present = Set.copyOf(attendees);
        for (Linked session : linked) {
            List<Long> expected = expected(session.groupId());
            int expectedAttended = (int) expected.stream().filter(present::contains).count();
            int updated = jdbc.sql("""
                    update working_group_session
                    set held_at = :held, attendees = :attendees, expected = :expected, expected_attended = :came, attendance_source = :source
                    where id = :id and held_at is null""")
                    .param("held", Timestamp.from(endedAt)).param("attendees", attendees.size()).param("expected", expected.size())
                    .param("came", expectedAttended).param("source", source.name()).param("id", session.sessionId()).update();
            if (updated == 1) {
                published.publishEvent(new GroupSessionHeld(session.groupId(), session.organisationId(), session.sessionId(), endedAt,
                        attendees, expected));
            }
        }
    }

    /** The group's co-leads and members now, in id order: observers are welcome but not expected. */
    private List<Long> expected(long groupId) {
        return jdbc.sql("""
                select member_id from working_group_member where group_id = :group and role in ('CO_LEAD', 'MEMBER')
                order by member_id""")
                .param("group", groupId).query(Long.class).list();
    }

    private static void safely(Object held, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Working groups could not record the attendance of {}", held, e);
        }
    }
}
