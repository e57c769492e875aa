package eu.hubtable.impact.ui;

import eu.hubtable.core.csv.CsvTable;
import eu.hubtable.impact.Figure;
import eu.hubtable.impact.HubIndicators;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The dashboard's table as CSV: one row per indicator, plain numbers, a spreadsheet never runs a cell. */
final class IndicatorCsv {

    private IndicatorCsv() {
    }

    static String of(HubIndicators figures, Function<String, String> translate) {
        return new CsvTable<Figure>()
                .column(translate.apply("impact.column.indicator"), f -> translate.apply("impact.indicator." + f.indicator().name()))
                .column(translate.apply("impact.column.current") + " " + figures.from() + "/" + figures.to(), Figure::current)
                .column(translate.apply("impact.column.previous") + " " + figures.previousFrom() + "/" + figures.previousTo(), Figure::previous)
                .column(translate.apply("impact.column.change"), Figure::change)
                .write(figures.figures());
    }

    /** Whole numbers without decimals, rates with one; nothing when there is no figure. */
    static String number(@Nullable Double value) {
        return CsvTable.text(value);
    }
}
