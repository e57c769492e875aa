package eu.hubtable.matching;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An introduction seen by one of the two people introduced: who the other is, by whom, why. */
public record IntroductionCard(long id, String hubName, @Nullable String introducedByName, long otherMemberId, String otherName,
        @Nullable String otherHeadline, String note, Instant at) {
}
