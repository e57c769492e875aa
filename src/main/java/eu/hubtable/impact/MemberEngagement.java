package eu.hubtable.impact;

import org.jspecify.annotations.Nullable;

/**
 * What members took part in over a period. One member by name when they agreed to be shown
 * ({@code memberId} and {@code name} set, {@code members} 1), or the sum over everyone else who took
 * part ({@code memberId} and {@code name} null, {@code members} how many they are).
 */
public record MemberEngagement(@Nullable Long memberId, @Nullable String name, int members, int rsvps, int eventsAttended,
        int sessionsAttended, int contactsMade, int meetingsHeld, int actionsDone, int consortiaFormed, int introductions) {

    /** Everything counted, for ordering the most engaged first. */
    public int total() {
        return rsvps + eventsAttended + sessionsAttended + contactsMade + meetingsHeld + actionsDone + consortiaFormed + introductions;
    }

    MemberEngagement plus(MemberEngagement other) {
        return new MemberEngagement(null, null, members + other.members, rsvps + other.rsvps, eventsAttended + other.eventsAttended,
                sessionsAttended + other.sessionsAttended, contactsMade + other.contactsMade, meetingsHeld + other.meetingsHeld,
                actionsDone + other.actionsDone, consortiaFormed + other.consortiaFormed, introductions + other.introductions);
    }
}
