package eu.hubtable.member;

import eu.hubtable.core.vocabulary.Sector;
import org.jspecify.annotations.Nullable;

/** What a member looks for in the directory; every part is optional. */
public record DirectoryFilter(@Nullable String text, @Nullable Sector sector, @Nullable String countryCode,
        @Nullable String city, @Nullable String language) {

    public static DirectoryFilter everyone() {
        return new DirectoryFilter(null, null, null, null, null);
    }
}
