package eu.hubtable.impact;

import java.io.Serial;
import java.util.Map;

/** Every problem found in a requested period, by field, as i18n keys; nothing was computed. */
public class PeriodRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { FROM, TO }

    private final Map<Field, String> problems;

    public PeriodRejected(Map<Field, String> problems) {
        super("Period rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
