package eu.hubtable.room;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A room as its host plans it. Start and end are wall-clock times in {@code timeZone} (what the host
 * reads on their calendar); they are stored as instants.
 */
public record RoomForm(long organisationId, String title, String theme, @Nullable String description,
        @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, String timeZone, RoomVisibility visibility,
        int capacity, Set<Long> facilitatorIds, List<TableForm> tables) {
}
