package eu.hubtable.matching;

import java.io.Serial;
import java.util.Map;

/** Every problem found in a slot or a meeting request, by field, as i18n keys; nothing was stored. */
public class MeetingRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { START, LENGTH, GUESTS, PLACE, PURPOSE, PEOPLE }

    private final Map<Field, String> problems;

    public MeetingRejected(Map<Field, String> problems) {
        super("Meeting rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
