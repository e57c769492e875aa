package eu.hubtable.organisation;

import org.jspecify.annotations.Nullable;

/** A venue as a manager edits it; {@code version} is the one they started from (0 for a new venue). */
public record VenueForm(long version, String name, String address, @Nullable Integer capacity, @Nullable String accessibilityNotes) {
}
