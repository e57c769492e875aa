package eu.hubtable.group;

import java.util.List;

/**
 * How a group's attendance moves: the attendance rates (expected people who came, in percent) of its
 * last {@value #SESSIONS} held sessions, oldest first, and which way the last one went compared with
 * the mean of those before it. Within {@value #STEADY_WITHIN} points counts as steady: one absent
 * member in a small group should not read as a fall.
 */
public record AttendanceTrend(List<Double> rates, Direction direction) {

    public static final int SESSIONS = 5;
    public static final double STEADY_WITHIN = 5.0;

    public enum Direction { NO_SESSIONS, FIRST_SESSION, RISING, STEADY, FALLING }

    public AttendanceTrend {
        rates = List.copyOf(rates);
    }

    /** The trend of these rates, oldest first; only the last {@value #SESSIONS} count. */
    public static AttendanceTrend of(List<Double> ratesOldestFirst) {
        List<Double> recent = ratesOldestFirst.subList(Math.max(0, ratesOldestFirst.size() - SESSIONS), ratesOldestFirst.size());
        return new AttendanceTrend(recent, direction(recent));
    }

    private static Direction direction(List<Double> rates) {
        if (rates.isEmpty()) {
            return Direction.NO_SESSIONS;
        }
        if (rates.size() == 1) {
            return Direction.FIRST_SESSION;
        }
        double before = rates.subList(0, rates.size() - 1).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double change = rates.getLast() - before;
        if (change > STEADY_WITHIN) {
            return Direction.RISING;
        }
        return change < -STEADY_WITHIN ? Direction.FALLING : Direction.STEADY;
    }
}
