package eu.hubtable.room;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A room as its page shows it to one member; {@code facilitating} says whether this member may use
 * the facilitator controls (the services check again on every action).
 */
public record RoomDetails(long id, String title, String theme, @Nullable String description, long organisationId,
        String hostName, Instant startsAt, Instant endsAt, String timeZone, RoomVisibility visibility, RoomState state,
        int capacity, @Nullable String announcement, @Nullable Instant countdownEnds, @Nullable String countdownLabel,
        List<Facilitator> facilitators, boolean facilitating) {

    public record Facilitator(long memberId, String displayName) {
    }
}
