package eu.hubtable.core.i18n;

import java.util.List;
import java.util.Locale;

/** The languages hubtable speaks; the first is the fallback. */
public final class SupportedLocales {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH);

    private SupportedLocales() {
    }

    /** The supported locale with the same language, or English. */
    public static Locale bestMatch(Locale requested) {
        return ALL.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(ALL.getFirst());
    }
}
