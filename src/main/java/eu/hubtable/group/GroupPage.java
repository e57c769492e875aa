package eu.hubtable.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A working group as one member sees it. Those outside the group ({@code visible} false) get only
 * its name and purpose, with empty lists; {@code leading} says whether the viewer may manage it
 * (the service checks again on every action).
 */
public record GroupPage(long id, long hubId, String hubName, String name, @Nullable String purpose, @Nullable GroupRole myRole,
        boolean visible, boolean leading, boolean requested, @Nullable Long invitationId, List<Person> members,
        List<Pending> pending, List<Session> sessions, List<Decision> decisions) {

    public record Person(long memberId, String displayName, GroupRole role) {
    }

    /** A request to join (answered by co-leads) or an invitation (answered by the invitee). */
    public record Pending(long id, long memberId, String displayName, boolean invitation, GroupRole role) {
    }

    /** {@code attendance} is empty until the session's room or event was held. */
    public record Session(long id, @Nullable Long roomId, @Nullable Long eventId, String title, Instant startsAt, String timeZone,
            @Nullable Long agendaId, @Nullable Attendance attendance) {
    }

    /**
     * Who came to a held session: {@code expectedAttended} of the {@code expected} co-leads and members
     * (at the time it was held), {@code attendees} people in all, counted as {@code source} says.
     */
    public record Attendance(Instant heldAt, int attendees, int expected, int expectedAttended, AttendanceSource source) {

        /** Expected people who came, in percent (a tenth of a percent); none when nobody was expected. */
        public @Nullable Double rate() {
            return expected == 0 ? null : percent(expectedAttended, expected);
        }

        /** The rule {@link GroupSessionHeld#attendanceRate()} follows, for counts instead of ids (someone expected). */
        static double percent(int came, int expected) {
            return Math.round(came * 1000.0 / expected) / 10.0;
        }
    }

    /** {@code promotedBy} is empty when that member erased their account. */
    public record Decision(long id, LocalDate decidedOn, @Nullable String session, String text, @Nullable String promotedBy) {
    }
}
