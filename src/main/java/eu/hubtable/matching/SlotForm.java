package eu.hubtable.matching;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A free slot as its owner publishes it: the start in the event's own time zone, its length in
 * minutes, how many guests it welcomes (1 for a 1:1, up to 3), and where: a table on site, or a video
 * link for an online event.
 */
public record SlotForm(@Nullable LocalDateTime startsAt, int minutes, int guests, @Nullable String table,
        @Nullable String videoUrl) {
}
