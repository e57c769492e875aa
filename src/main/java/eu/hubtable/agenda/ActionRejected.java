package eu.hubtable.agenda;

import java.io.Serial;
import java.util.Map;

/** Every problem found in an action item form, by field, as i18n keys; nothing was stored. */
public class ActionRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { TEXT, ASSIGNEE, DUE }

    private final Map<Field, String> problems;

    public ActionRejected(Map<Field, String> problems) {
        super("Action item rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
