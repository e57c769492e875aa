package eu.hubtable.bench;

import java.util.Locale;

/** One measured figure, printed as {@code name value unit}. */
public record Figure(String name, double value, String unit) {

    @Override
    public String toString() {
        String number = value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return name + " " + number + " " + unit;
    }
}
