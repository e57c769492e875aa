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

    public record Session(long id, @Nullable Long roomId, @Nullable Long eventId, String title, Instant startsAt, String timeZone,
            @Nullable Long agendaId) {
    }

    /** {@code promotedBy} is empty when that member erased their account. */
    public record Decision(long id, LocalDate decidedOn, @Nullable String session, String text, @Nullable String promotedBy) {
    }
}
