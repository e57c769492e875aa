package eu.hubtable.core.vocabulary;

import java.util.List;
import java.util.Locale;

/** Languages members can say they work in (ISO 639-1), named by the JDK in the reader's language. */
public final class Languages {

    public static final List<String> CODES = List.of("en", "fr", "de", "lb", "nl", "it", "es", "pt", "pl", "ro", "el",
            "sv", "da", "fi", "cs", "hu", "sk", "sl", "hr", "bg", "et", "lv", "lt", "ga", "mt", "ca", "eu", "uk", "tr", "ar");

    private Languages() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    public static String name(String code, Locale reader) {
        return Locale.of(code).getDisplayLanguage(reader);
    }
}
