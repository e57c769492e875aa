package eu.hubtable.organisation;

import org.jspecify.annotations.Nullable;

/** A place a hub hosts people in: events take place at venues. */
public record Venue(long id, long organisationId, String name, String address, int capacity,
        @Nullable String accessibilityNotes, long version) {
}
