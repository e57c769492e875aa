package eu.hubtable.core.csv;

/** CSV files we hand out are opened in spreadsheets: what members typed must stay text there. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** Spreadsheets run cells that start like a formula: written out, they start with a quote instead. */
    public static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
