package eu.hubtable.memberimport;

import java.util.List;
import java.util.Map;

/**
 * One data row of an import file: its line, what it held, and what would happen to it. {@code problems}
 * are i18n keys; a row with problems is left out of the import.
 */
public record ImportRow(int line, Map<String, String> values, Outcome outcome, List<String> problems) {

    public enum Outcome { NEW_MEMBER, EXISTING_MEMBER, REJECTED }

    public String value(String column) {
        return values.getOrDefault(column, "");
    }
}
