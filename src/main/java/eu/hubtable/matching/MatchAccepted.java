package eu.hubtable.matching;

import java.time.Instant;

/**
 * Published when a member acts on a suggestion (asks the suggested person to connect, or answers the
 * suggested post): impact counts matches that led somewhere, and which reasons led there.
 */
public record MatchAccepted(long memberId, SuggestionKind kind, long targetId, long otherMemberId, boolean crossSector, Instant at) {
}
