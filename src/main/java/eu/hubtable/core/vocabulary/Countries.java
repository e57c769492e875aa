package eu.hubtable.core.vocabulary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** ISO 3166 country codes, named by the JDK in the reader's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    public static String name(String code, Locale reader) {
        return Locale.of("", code).getDisplayCountry(reader);
    }

    /** "City, Country", or whichever of the two is known; empty when neither is. */
    public static String place(@Nullable String city, @Nullable String code, Locale reader) {
        String country = code == null ? "" : name(code, reader);
        if (city == null || city.isBlank()) {
            return country;
        }
        return country.isEmpty() ? city : city + ", " + country;
    }

    /** All codes, sorted by their name in the reader's language. */
    public static List<String> sortedFor(Locale reader) {
        return CODES.stream().sorted(Comparator.comparing((String code) -> name(code, reader))).toList();
    }
}
