package eu.hubtable.member;

import java.time.Instant;

/** Published when two members became contacts (impact indicators count connections made). */
public record ContactAccepted(long requesterId, long recipientId, Instant at) {
}
