package eu.hubtable.room;

import java.time.Instant;

/** A room as the catalogue lists it. */
public record RoomCard(long id, String title, String theme, long organisationId, String hostName, Instant startsAt,
        Instant endsAt, String timeZone, RoomState state, RoomVisibility visibility, int seated) {
}
