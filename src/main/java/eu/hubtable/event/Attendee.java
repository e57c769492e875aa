package eu.hubtable.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One RSVP as the host's list shows it. */
public record Attendee(long memberId, String displayName, String email, RsvpStatus status, Instant answeredAt,
        @Nullable Instant checkedInAt) {
}
