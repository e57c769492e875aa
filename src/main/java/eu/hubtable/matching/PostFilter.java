package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import org.jspecify.annotations.Nullable;

/** What the post list is narrowed to; every part is optional. */
public record PostFilter(@Nullable String text, @Nullable PostDirection direction, @Nullable PostKind kind, @Nullable Sector sector,
        @Nullable String countryCode, @Nullable String language) {

    public static PostFilter none() {
        return new PostFilter(null, null, null, null, null, null);
    }
}
