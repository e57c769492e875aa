package eu.hubtable.impact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.impact.Figure;
import eu.hubtable.impact.HubIndicators;
import eu.hubtable.impact.Indicator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorCsvTest {

    @Test
    void oneRowPerIndicatorWithPlainNumbersAndNoFormulaAStreadsheetWouldRun() {
        HubIndicators figures = new HubIndicators(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 2, 19),
                LocalDate.of(2026, 2, 28), List.of(new Figure(Indicator.RSVPS, 4.0, 1.0),
                        new Figure(Indicator.ATTENDANCE_RATE, 66.7, null)));

        String csv = IndicatorCsv.of(figures, key -> key.equals("impact.indicator.RSVPS") ? "=HYPERLINK(\"x\")" : key);

        assertThat(csv.lines()).containsExactly(
                "impact.column.indicator,impact.column.current 2026-03-01/2026-03-10,impact.column.previous 2026-02-19/2026-02-28,impact.column.change",
                "\"'=HYPERLINK(\"\"x\"\")\",4,1,3",
                "impact.indicator.ATTENDANCE_RATE,66.7,,");
    }
}
