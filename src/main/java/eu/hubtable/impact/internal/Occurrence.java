package eu.hubtable.impact.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of impact's history as the intake writes it: what happened, when, for which hub (none when
 * the event concerns no hub), about what, with whom; and what some kinds add (cross-sector, on time,
 * the working group, a session's expected and present people).
 */
record Occurrence(EventKind kind, Instant at, @Nullable Long hubId, @Nullable Long subjectId, Collection<Long> memberIds,
        @Nullable Boolean crossSector, @Nullable Boolean onTime, @Nullable Long groupId, @Nullable Integer expected,
        @Nullable Integer came) {

    static Occurrence of(EventKind kind, Instant at, @Nullable Long hubId, @Nullable Long subjectId, Collection<Long> memberIds) {
        return new Occurrence(kind, at, hubId, subjectId, List.copyOf(memberIds), null, null, null, null, null);
    }

    Occurrence crossSector(boolean cross) {
        return new Occurrence(kind, at, hubId, subjectId, memberIds, cross, onTime, groupId, expected, came);
    }

    Occurrence onTime(boolean inTime) {
        return new Occurrence(kind, at, hubId, subjectId, memberIds, crossSector, inTime, groupId, expected, came);
    }

    Occurrence inGroup(@Nullable Long group) {
        return new Occurrence(kind, at, hubId, subjectId, memberIds, crossSector, onTime, group, expected, came);
    }

    Occurrence attendance(int expectedPeople, int expectedWhoCame) {
        return new Occurrence(kind, at, hubId, subjectId, memberIds, crossSector, onTime, groupId, expectedPeople, expectedWhoCame);
    }
}
