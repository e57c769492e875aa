package eu.hubtable.matching;

/** Someone taking part in an event (going, or hosting it), as a choice of people to bring to a meeting. */
public record Participant(long memberId, String displayName) {
}
