package eu.hubtable.room;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A chat line; {@code authorName} is null when its author erased their account ("former member"). */
public record ChatMessage(long id, @Nullable Long authorId, @Nullable String authorName, String body, Instant sentAt) {
}
