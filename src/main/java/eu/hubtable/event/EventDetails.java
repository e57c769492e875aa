package eu.hubtable.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event as its page shows it to one member: with their own RSVP (if any) and whether they host
 * it (the services check again on every action).
 */
public record EventDetails(long id, String title, String theme, @Nullable String description,
        @Nullable String companyPresentation, @Nullable String topic, long organisationId, String hostName, EventFormat format,
        Instant startsAt, Instant endsAt, String timeZone, int capacity, @Nullable Instant rsvpDeadline, EventState state,
        @Nullable Long venueId, @Nullable String venueName, @Nullable String venueAddress, @Nullable String accessibilityNotes,
        @Nullable Long roomId, int going, int waitlisted, @Nullable MyRsvp mine, boolean hosting) {

    /** My answer: status, my place on the waitlist (1 = next in), and the check-in code of my ticket. */
    public record MyRsvp(RsvpStatus status, int waitlistPosition, String checkinToken, @Nullable Instant checkedInAt) {
    }

    public int seatsLeft() {
        return Math.max(0, capacity - going);
    }
}
