package eu.hubtable.core.ui.component;

import com.vaadin.flow.component.grid.Grid;
import eu.hubtable.core.csv.CsvTable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A grid's columns written to its CSV file alike, so the file is exactly the table: numbers as the CSV
 * writes them, text as it is (only a file opened in a spreadsheet needs guarding).
 */
public final class ExportedColumns<T> {

    private final Grid<T> grid;
    private final CsvTable<T> csv = new CsvTable<>();

    public ExportedColumns(Grid<T> grid) {
        this.grid = grid;
    }

    public Grid.Column<T> add(String header, Function<T, @Nullable Object> cell) {
        csv.column(header, cell);
        return grid.addColumn(row -> shown(cell.apply(row))).setHeader(header);
    }

    /** The file's columns, for columns the grid shows otherwise (a link, say) but the file holds as text. */
    public CsvTable<T> csv() {
        return csv;
    }

    static String shown(@Nullable Object value) {
        return value instanceof Number ? CsvTable.text(value) : value == null ? "" : value.toString();
    }
}
