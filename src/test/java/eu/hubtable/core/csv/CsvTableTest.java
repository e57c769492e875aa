package eu.hubtable.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    record Row(String name, Integer count, Double rate) {
    }

    @Test
    void writesHeadersPlainNumbersAndCellsASpreadsheetNeverRuns() {
        String csv = new CsvTable<Row>().column("Group", Row::name).column("Sessions", Row::count).column("Rate %", Row::rate)
                .write(List.of(new Row("=HYPERLINK(\"x\")", 3, 66.66), new Row("Export, markets", -2, 50.0), new Row("Tiny", null, null)));
        assertThat(csv.lines()).containsExactly(
                "Group,Sessions,Rate %",
                "\"'=HYPERLINK(\"\"x\"\")\",3,66.7",
                "\"Export, markets\",-2,50",
                "Tiny,,");
    }
}
