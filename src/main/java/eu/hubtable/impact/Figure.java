package eu.hubtable.impact;

import org.jspecify.annotations.Nullable;

/** One indicator in a period and in the previous period of equal length; a rate may be missing. */
public record Figure(Indicator indicator, @Nullable Double current, @Nullable Double previous) {

    /** The change from the previous period, in the indicator's unit; none when either side is missing. */
    public @Nullable Double change() {
        return current == null || previous == null ? null : current - previous;
    }
}
