package eu.hubtable.group.ui;

import java.time.LocalDate;

/** Names of the group module's CSV files: what, whose and which day, so downloads sort and never overwrite each other. */
final class CsvFiles {

    private CsvFiles() {
    }

    static String name(String table, long ownerId, LocalDate day) {
        return "hubtable-" + table + "-" + ownerId + "-" + day + ".csv";
    }
}
