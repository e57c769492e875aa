package eu.hubtable.event;

import java.io.Serial;
import java.util.Map;

/** Every problem found in an event form, by field, as i18n keys; nothing was stored. */
public class EventRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { TITLE, THEME, DESCRIPTION, PLACE, SCHEDULE, TIME_ZONE, CAPACITY, DEADLINE }

    private final Map<Field, String> problems;

    public EventRejected(Map<Field, String> problems) {
        super("Event rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
