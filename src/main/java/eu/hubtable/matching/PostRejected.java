package eu.hubtable.matching;

import java.io.Serial;
import java.util.Map;

/** Every problem found in a post, by field, as i18n keys; nothing was stored. */
public class PostRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { DIRECTION, KIND, TITLE, BODY, TAGS, PLACE, LANGUAGE, EXPIRY, ORGANISATION }

    private final Map<Field, String> problems;

    public PostRejected(Map<Field, String> problems) {
        super("Post rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
