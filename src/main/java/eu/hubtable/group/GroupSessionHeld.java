package eu.hubtable.group;

import java.time.Instant;
import java.util.List;

/**
 * One of a working group's sessions took place (its room or event was held). {@code expectedIds} are the
 * group's co-leads and members at that moment (observers are not expected), {@code attendeeIds} everyone
 * who came (anyone, observers and guests included), both in id order: impact counts per-group engagement
 * from it, the steering view the attendance trend.
 */
public record GroupSessionHeld(long groupId, long organisationId, long sessionId, Instant endedAt, List<Long> attendeeIds,
        List<Long> expectedIds) {

    /** Expected people who came, in percent (a tenth of a percent); none when nobody was expected. */
    public @org.jspecify.annotations.Nullable Double attendanceRate() {
        if (expectedIds.isEmpty()) {
            return null;
        }
        long came = expectedIds.stream().filter(attendeeIds::contains).count();
        return Math.round(came * 1000.0 / expectedIds.size()) / 10.0;
    }
}
