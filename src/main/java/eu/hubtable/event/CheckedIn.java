package eu.hubtable.event;

import java.time.Instant;

/** A member was checked in at an event's door. */
public record CheckedIn(long eventId, long organisationId, long memberId, Instant at) {
}
