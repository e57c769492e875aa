package eu.hubtable.core.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A table as CSV, the way we hand every table out: a header row, text cells made spreadsheet-safe,
 * numbers as plain numbers (whole ones without decimals), nothing for a missing value.
 */
public final class CsvTable<T> {

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, @Nullable Object>> cells = new ArrayList<>();

    /** A column: its (translated) header and what a row shows in it. */
    public CsvTable<T> column(String header, Function<T, @Nullable Object> cell) {
        headers.add(header);
        cells.add(cell);
        return this;
    }

    public String write(Iterable<? extends T> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get())) {
            for (T row : rows) {
                List<String> record = new ArrayList<>(cells.size());
                for (Function<T, @Nullable Object> cell : cells) {
                    record.add(text(cell.apply(row)));
                }
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Whole numbers without decimals, other numbers with one; text made safe. */
    public static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Double d when d == Math.rint(d) && !d.isInfinite() -> Long.toString(d.longValue());
            case Double d -> String.valueOf(Math.round(d * 10) / 10.0);
            case Number n -> n.toString();
            default -> SpreadsheetCells.safe(value.toString());
        };
    }
}
