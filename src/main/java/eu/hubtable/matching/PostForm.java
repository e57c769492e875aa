package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A post as its author writes it; {@code organisationId} posts on behalf of one of the author's organisations. */
public record PostForm(@Nullable PostDirection direction, @Nullable PostKind kind, String title, String body, Set<Sector> sectors,
        Set<String> tags, @Nullable String city, @Nullable String countryCode, @Nullable String language,
        @Nullable LocalDate expiresOn, @Nullable Long organisationId) {
}
