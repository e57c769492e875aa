package eu.hubtable.room;

import java.io.Serial;
import java.util.Map;

/** Every problem found in a room form, by field, as i18n keys; nothing was stored. */
public class RoomRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { ORGANISATION, TITLE, THEME, DESCRIPTION, SCHEDULE, TIME_ZONE, CAPACITY, TABLES }

    private final Map<Field, String> problems;

    public RoomRejected(Map<Field, String> problems) {
        super("Room rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
