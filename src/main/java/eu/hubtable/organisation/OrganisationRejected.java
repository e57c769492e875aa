package eu.hubtable.organisation;

import java.io.Serial;
import java.util.Map;

/** Every problem found in an organisation or venue form, by field, as i18n keys; nothing was stored. */
public class OrganisationRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { NAME, CITY, COUNTRY, DESCRIPTION, WEBSITE, ADDRESS, CAPACITY, ACCESSIBILITY, VERSION }

    private final Map<Field, String> problems;

    public OrganisationRejected(Map<Field, String> problems) {
        super("Organisation rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
