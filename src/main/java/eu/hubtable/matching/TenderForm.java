package eu.hubtable.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A tender card as its lead writes it. Budgets are in euros and optional; {@code version} is the one
 * the lead started editing from: saving over a newer version is refused, never silently overwritten.
 */
public record TenderForm(long version, String title, String buyer, @Nullable LocalDate deadline, String link,
        @Nullable BigDecimal budgetMin, @Nullable BigDecimal budgetMax, @Nullable String description) {
}
