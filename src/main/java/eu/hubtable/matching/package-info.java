/**
 * Matching: offers and needs posted by members (and on behalf of their organisations), browsed,
 * searched and answered privately; suggestions of people, organisations and posts with the
 * reasons that made them ({@link eu.hubtable.matching.Matches}); introductions curated by hub
 * managers ({@link eu.hubtable.matching.Introductions}). Publishes {@link eu.hubtable.matching.MatchAccepted}
 * and {@link eu.hubtable.matching.IntroductionMade} for impact indicators.
 */
@NullMarked
package eu.hubtable.matching;

import org.jspecify.annotations.NullMarked;
