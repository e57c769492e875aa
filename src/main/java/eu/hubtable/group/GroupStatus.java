package eu.hubtable.group;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of a hub's steering-committee view: a group's rhythm, attendance, open work and what is due. */
public record GroupStatus(long groupId, String name, int members, GroupHealth health, @Nullable String nextSession,
        @Nullable Instant nextSessionAt, @Nullable String nextSessionTimeZone, @Nullable Instant lastSessionAt, int decisions, int openActions, int overdueActions,
        int deliverablesDue, int deliverablesOverdue, AttendanceTrend attendance) {
}
