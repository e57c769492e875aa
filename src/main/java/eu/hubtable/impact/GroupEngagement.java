package eu.hubtable.impact;

import org.jspecify.annotations.Nullable;

/**
 * A working group's engagement in a period: {@code name} is null for a group since removed;
 * {@code attendanceRate} is the share of expected people (co-leads and members) who came to its sessions,
 * in percent, none without sessions; {@code attendees} are the different people who came to any session,
 * {@code activeMembers} the different people who took part in anything of the group.
 */
public record GroupEngagement(long groupId, @Nullable String name, int sessionsHeld, @Nullable Double attendanceRate, int attendees,
        int activeMembers, int decisionsLogged, int actionsDone, int actionsDoneOnTime, int deliverablesDelivered) {
}
