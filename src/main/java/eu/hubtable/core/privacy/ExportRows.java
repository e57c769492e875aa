package eu.hubtable.core.privacy;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows read for an export, with database timestamps written as ISO-8601 instants people can read. */
public final class ExportRows {

    private ExportRows() {
    }

    public static Map<String, Object> readable(Map<String, Object> row) {
        Map<String, Object> readable = new LinkedHashMap<>();
        row.forEach((column, value) -> readable.put(column, value instanceof Timestamp t ? t.toInstant().toString() : value));
        return readable;
    }

    public static List<Map<String, Object>> readable(List<Map<String, Object>> rows) {
        return rows.stream().map(ExportRows::readable).toList();
    }
}
