package eu.hubtable.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.RoleCandidate;
import eu.hubtable.matching.TenderCard;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How a tender's facts, a role's needs and a candidate's reasons read, in the viewer's language. */
final class TenderTexts {

    private TenderTexts() {
    }

    /** "Buyer · deadline · budget · lead", as one line. */
    static String facts(Component view, TenderCard tender) {
        String deadline = tender.deadline().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
        String budget = budget(view, tender.budgetMin(), tender.budgetMax(), tender.currency());
        return Stream.of(view.getTranslation("tender.buyer", tender.buyer()), view.getTranslation("tender.deadline", deadline), budget,
                        view.getTranslation("tender.lead", tender.leadName()))
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(" · "));
    }

    static String budget(Component view, BigDecimal min, BigDecimal max, String currency) {
        NumberFormat money = NumberFormat.getCurrencyInstance(locale());
        money.setCurrency(Currency.getInstance(currency));
        if (min != null && max != null) {
            return view.getTranslation("tender.budget.range", money.format(min), money.format(max));
        }
        if (min != null) {
            return view.getTranslation("tender.budget.from", money.format(min));
        }
        return max == null ? "" : view.getTranslation("tender.budget.up-to", money.format(max));
    }

    /** The viewer's language: the current UI's (the view may not be attached yet while it is being built). */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String needs(Component view, List<Sector> sectors, List<String> skills) {
        return Stream.concat(sectors.stream().map(sector -> view.getTranslation(sector.translationKey())),
                skills.stream().map(skill -> "‘" + skill + "’")).collect(Collectors.joining(" · "));
    }

    /** A reason as a sentence: the rule's text with its argument (a sector's own translation, or the skill). */
    static String reason(Component view, RoleCandidate.Reason reason) {
        String argument = reason.kind().sectorArgument() ? view.getTranslation(Sector.valueOf(reason.argument()).translationKey())
                : reason.argument();
        return view.getTranslation("tender.reason." + reason.kind().name(), argument);
    }
}
