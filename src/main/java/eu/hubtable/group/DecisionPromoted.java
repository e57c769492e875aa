package eu.hubtable.group;

import java.time.Instant;

/** A session's outcome entered a working group's decision log: impact counts decisions per group and hub. */
public record DecisionPromoted(long decisionId, long groupId, long organisationId, long sessionId, long promotedBy, Instant at) {
}
