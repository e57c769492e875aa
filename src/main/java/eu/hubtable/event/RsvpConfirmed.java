package eu.hubtable.event;

import java.time.Instant;

/** A member got a seat at an event (directly or from the waitlist): impact counts RSVPs against check-ins. */
public record RsvpConfirmed(long eventId, long organisationId, long memberId, Instant at) {
}
