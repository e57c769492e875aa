package eu.hubtable.memberimport;

import java.util.List;

/** What an import file would do, row by row, before anything is stored. */
public record ImportPreview(long organisationId, List<String> columns, List<ImportRow> rows) {

    public long importable() {
        return rows.stream().filter(row -> row.outcome() != ImportRow.Outcome.REJECTED).count();
    }

    public List<ImportRow> rejected() {
        return rows.stream().filter(row -> row.outcome() == ImportRow.Outcome.REJECTED).toList();
    }
}
