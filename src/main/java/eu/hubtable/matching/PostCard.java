package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A live post as lists show it. */
public record PostCard(long id, PostDirection direction, PostKind kind, String title, String body, long authorId,
        String authorName, @Nullable String organisationName, List<Sector> sectors, List<String> tags, @Nullable String city,
        @Nullable String countryCode, @Nullable String language, LocalDate expiresOn) {
}
