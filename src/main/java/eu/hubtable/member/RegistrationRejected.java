package eu.hubtable.member;

import java.io.Serial;
import java.util.Map;

/** Every problem found in a registration, by field, as i18n keys; nothing was stored. */
public class RegistrationRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { DISPLAY_NAME, EMAIL, PASSWORD }

    private final Map<Field, String> problems;

    public RegistrationRejected(Map<Field, String> problems) {
        super("Registration rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
