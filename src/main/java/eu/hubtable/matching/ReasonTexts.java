package eu.hubtable.matching;

import com.vaadin.flow.i18n.I18NProvider;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.core.vocabulary.Sector;
import java.util.List;
import java.util.Locale;

/** A suggestion's reasons in the reader's language: "You need sound design; Léa offers it". */
public final class ReasonTexts {

    private ReasonTexts() {
    }

    public static String explain(I18NProvider i18n, Locale locale, Suggestion suggestion, Reason reason) {
        List<String> args = reason.arguments();
        String who = suggestion.kind() == SuggestionKind.POST ? i18n.getTranslation("suggestion.reason.this-post", locale)
                : suggestion.title();
        String key = "suggestion.reason." + reason.kind().name();
        return switch (reason.kind()) {
            case THEY_OFFER_WHAT_YOU_NEED, THEY_NEED_WHAT_YOU_OFFER -> i18n.getTranslation(key, locale, String.join(", ", args), who);
            case CROSS_SECTOR -> i18n.getTranslation(key, locale, sector(i18n, locale, args.get(0)), sector(i18n, locale, args.get(1)));
            case SHARED_LANGUAGE -> i18n.getTranslation(key, locale, Languages.name(args.getFirst(), locale));
            case SAME_CITY -> i18n.getTranslation(key, locale, args.getFirst());
            case SAME_COUNTRY -> i18n.getTranslation(key, locale, Countries.name(args.getFirst(), locale));
        };
    }

    private static String sector(I18NProvider i18n, Locale locale, String name) {
        return i18n.getTranslation(Sector.valueOf(name).translationKey(), locale);
    }
}
