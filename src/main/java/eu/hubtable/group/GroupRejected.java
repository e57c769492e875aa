package eu.hubtable.group;

import java.io.Serial;
import java.util.Map;

/** Every problem found in a working-group form, by field, as i18n keys; nothing was stored. */
public class GroupRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { NAME, PURPOSE, TITLE, OWNER, DUE, LINK }

    private final Map<Field, String> problems;

    public GroupRejected(Map<Field, String> problems) {
        super("Working group rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
