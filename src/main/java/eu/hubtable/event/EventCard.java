package eu.hubtable.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An event as the list shows it. */
public record EventCard(long id, String title, String theme, long organisationId, String hostName, EventFormat format,
        Instant startsAt, Instant endsAt, String timeZone, @Nullable String venueName, EventState state, int capacity,
        int going) {
}
