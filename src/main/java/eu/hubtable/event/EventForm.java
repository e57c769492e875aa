package eu.hubtable.event;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An event as its host plans it. Times are wall-clock times in {@code timeZone}; a venue is one of the
 * host's (or a partner company's office listed as a venue), a room one of the host's rooms.
 */
public record EventForm(long organisationId, @Nullable Long venueId, @Nullable Long roomId, String title, String theme,
        @Nullable String description, @Nullable String companyPresentation, @Nullable String topic, EventFormat format,
        @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, String timeZone, int capacity,
        @Nullable LocalDateTime rsvpDeadline) {
}
