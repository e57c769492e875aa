package eu.hubtable.member;

import java.io.Serial;
import java.util.Map;

/** Every problem found in a profile, by field, as i18n keys; nothing was stored. */
public class ProfileRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field { DISPLAY_NAME, HEADLINE, BIO, CITY, COUNTRY, LANGUAGES, SKILLS, OFFER, NEED, PHONE, WEBSITE, LINKS, VERSION }

    private final Map<Field, String> problems;

    public ProfileRejected(Map<Field, String> problems) {
        super("Profile rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
