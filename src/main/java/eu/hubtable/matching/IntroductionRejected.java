package eu.hubtable.matching;

import java.io.Serial;
import java.util.Map;

/** Every problem found in an introduction, by field, as i18n keys; nothing was stored or sent. */
public class IntroductionRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { HUB, FIRST, SECOND, NOTE }

    private final Map<Field, String> problems;

    public IntroductionRejected(Map<Field, String> problems) {
        super("Introduction rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
