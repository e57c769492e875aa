package eu.hubtable.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something another module puts in a member's calendar feed (a meeting at an event), in neutral
 * terms: the event module turns it into iCalendar. {@code uid} stays the same for the same thing, and
 * {@code sequence} grows when it changes, so subscribed calendars update it in place.
 */
public record CalendarEntry(String uid, String summary, @Nullable String description, Instant startsAt, Instant endsAt,
        String location, @Nullable String url, boolean cancelled, int sequence, Instant stamp) {
}
