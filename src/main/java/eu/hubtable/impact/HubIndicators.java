package eu.hubtable.impact;

import java.time.LocalDate;
import java.util.List;

/** A hub's indicators for the days from..to (inclusive) and for the same number of days just before. */
public record HubIndicators(long hubId, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, List<Figure> figures) {

    public Figure figure(Indicator indicator) {
        return figures.stream().filter(f -> f.indicator() == indicator).findFirst().orElseThrow();
    }
}
