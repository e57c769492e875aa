package eu.hubtable.matching;

import java.time.LocalDate;

/** A tender in my list: one I lead or am invited to, with how many of its roles are filled. */
public record TenderSummary(long id, String title, String buyer, LocalDate deadline, String leadName, boolean lead, int roles,
        int filled, boolean formed) {
}
