package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.WebAddress;
import eu.hubtable.matching.TenderRejected.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tender card as its lead writes it. Budgets are in euros and optional; {@code version} is the one
 * the lead started editing from: saving over a newer version is refused, never silently overwritten.
 */
public record TenderForm(long version, String title, String buyer, @Nullable LocalDate deadline, String link,
        @Nullable BigDecimal budgetMin, @Nullable BigDecimal budgetMax, @Nullable String description) {

    private static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

    /** What is wrong with the card on this day, by field, as i18n keys (empty when it may be stored). */
    public Map<Field, String> problems(LocalDate today) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (title.isBlank() || title.strip().length() > Consortia.MAX_TITLE) {
            problems.put(Field.TITLE, "tender.title.length");
        }
        if (buyer.isBlank() || buyer.strip().length() > Consortia.MAX_BUYER) {
            problems.put(Field.BUYER, "tender.buyer.length");
        }
        if (deadline == null) {
            problems.put(Field.DEADLINE, "tender.deadline.required");
        } else if (deadline.isBefore(today)) {
            problems.put(Field.DEADLINE, "tender.deadline.past");
        }
        if (!WebAddress.isValid(link, Consortia.MAX_LINK)) {
            problems.put(Field.LINK, "tender.link.invalid");
        }
        if ((budgetMin != null && !amount(budgetMin)) || (budgetMax != null && !amount(budgetMax))) {
            problems.put(Field.BUDGET, "tender.budget.amount");
        } else if (budgetMin != null && budgetMax != null && budgetMin.compareTo(budgetMax) > 0) {
            problems.put(Field.BUDGET, "tender.budget.order");
        }
        if (description != null && description.length() > Consortia.MAX_DESCRIPTION) {
            problems.put(Field.DESCRIPTION, "tender.description.too-long");
        }
        return problems;
    }

    private static boolean amount(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(MAX_BUDGET) <= 0 && value.stripTrailingZeros().scale() <= 2;
    }
}
