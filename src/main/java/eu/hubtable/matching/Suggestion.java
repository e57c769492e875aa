package eu.hubtable.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person, organisation or post worth a look, with its score and every reason that built it. For
 * a post, {@code ownerId} is its author (the one an answer reaches).
 */
public record Suggestion(SuggestionKind kind, long targetId, String title, @Nullable String subtitle, long ownerId, int score,
        List<Reason> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
