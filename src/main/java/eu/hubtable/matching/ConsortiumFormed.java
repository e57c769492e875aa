package eu.hubtable.matching;

import java.time.Instant;
import java.util.List;

/**
 * Every role of a tender has an accepted party: the consortium is formed. Published once per tender,
 * inside the transaction of the answer (or role change) that completed it.
 */
public record ConsortiumFormed(long tenderId, long leadMemberId, List<Long> memberIds, List<Long> organisationIds, Instant at) {
}
