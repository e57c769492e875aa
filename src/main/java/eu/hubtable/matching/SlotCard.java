package eu.hubtable.matching;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published slot: when, where, how many guests it welcomes and how many seats pending or accepted
 * requests hold. {@code requests} are filled for its owner only; {@code zone} is the event's time zone.
 */
public record SlotCard(long id, long eventId, String eventTitle, long ownerId, String ownerName, Instant startsAt,
        Instant endsAt, String zone, int guests, int seatsTaken, @Nullable String table, @Nullable String videoUrl,
        List<RequestCard> requests) {

    public int seatsLeft() {
        return Math.max(0, guests - seatsTaken);
    }
}
