package eu.hubtable.event;

import java.time.Instant;
import java.util.List;

/**
 * An event took place: its end has passed and it was not cancelled (see {@code HeldEvents}).
 * {@code goingIds} held a confirmed seat at the end; {@code checkedInIds} were checked in at the door
 * (both in id order; a member checked in is among the going).
 */
public record EventHeld(long eventId, long organisationId, Instant startsAt, Instant endsAt, List<Long> goingIds,
        List<Long> checkedInIds) {
}
