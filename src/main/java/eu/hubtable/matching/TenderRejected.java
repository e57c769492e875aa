package eu.hubtable.matching;

import java.io.Serial;
import java.util.Map;

/** Every problem found in a tender card or role, by field, as i18n keys; nothing was stored. */
public class TenderRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { TITLE, BUYER, DEADLINE, LINK, BUDGET, DESCRIPTION, ROLES, ROLE_NAME, ROLE_SKILLS, VERSION }

    private final Map<Field, String> problems;

    public TenderRejected(Map<Field, String> problems) {
        super("Tender rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
