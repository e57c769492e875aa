package eu.hubtable.group.ui;

import eu.hubtable.group.AttendanceTrend;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/** A group's recent attendance rates as the reader writes percentages ("60 % → 72 % → 80 %" in French), oldest first. */
final class AttendanceText {

    private AttendanceText() {
    }

    static String rates(AttendanceTrend trend, Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        return trend.rates().stream().map(rate -> percent.format(rate / 100)).collect(Collectors.joining(" → "));
    }
}
