package eu.hubtable.impact.ui;

import eu.hubtable.core.csv.SpreadsheetCells;
import eu.hubtable.impact.Figure;
import eu.hubtable.impact.HubIndicators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** The dashboard's table as CSV: one row per indicator, plain numbers, a spreadsheet never runs a cell. */
final class IndicatorCsv {

    private IndicatorCsv() {
    }

    static String of(HubIndicators figures, Function<String, String> translate) {
        StringWriter out = new StringWriter();
        String[] headers = {translate.apply("impact.column.indicator"),
                translate.apply("impact.column.current") + " " + figures.from() + "/" + figures.to(),
                translate.apply("impact.column.previous") + " " + figures.previousFrom() + "/" + figures.previousTo(),
                translate.apply("impact.column.change")};
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(headers).get())) {
            for (Figure figure : figures.figures()) {
                csv.printRecord(SpreadsheetCells.safe(translate.apply("impact.indicator." + figure.indicator().name())),
                        number(figure.current()), number(figure.previous()), number(figure.change()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Whole numbers without decimals, rates with one; nothing when there is no figure. */
    static String number(@Nullable Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : String.valueOf(Math.round(value * 10) / 10.0);
    }
}
