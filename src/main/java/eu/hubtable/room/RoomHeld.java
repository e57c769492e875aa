package eu.hubtable.room;

import java.time.Instant;
import java.util.List;

/**
 * A round-table session took place: a room whose end has passed, or that its facilitators closed, with
 * at least one visitor (see {@code HeldRooms}). {@code endedAt} is the earlier of its planned end and its
 * closing; {@code attendeeIds} are everyone who entered it, facilitators included, in id order.
 */
public record RoomHeld(long roomId, long organisationId, Instant startsAt, Instant endedAt, List<Long> attendeeIds) {
}
