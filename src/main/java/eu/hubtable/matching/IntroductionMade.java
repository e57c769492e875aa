package eu.hubtable.matching;

import java.time.Instant;

/** Published when a hub manager introduced two of the hub's members to each other. */
public record IntroductionMade(long introductionId, long hubId, long introducedBy, long memberA, long memberB, boolean crossSector,
        Instant at) {
}
