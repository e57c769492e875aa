package eu.hubtable.matching;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A meeting that will happen (or happened): a slot with its accepted guests, everyone named, owner first. */
public record MeetingCard(long slotId, long eventId, String eventTitle, Instant startsAt, Instant endsAt, String zone,
        @Nullable String table, @Nullable String videoUrl, List<String> people, List<String> purposes, boolean owner) {
}
