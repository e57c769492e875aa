package eu.hubtable.member;

import eu.hubtable.core.vocabulary.Sector;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member's profile as they edit it. {@code version} is the one they started from: saving over
 * a newer version (the same profile saved in another tab) is refused, not silently overwritten.
 */
public record ProfileForm(long version, String displayName, @Nullable String headline, @Nullable String bio,
        @Nullable String city, @Nullable String countryCode, Set<String> languages, Set<Sector> sectors,
        Set<String> skills, @Nullable String offer, @Nullable String need, @Nullable String phone,
        @Nullable String website, ContactVisibility contactVisibility, List<ProfileLink> links) {

    /** A profile without further links (new members, imports). */
    public ProfileForm(long version, String displayName, @Nullable String headline, @Nullable String bio,
            @Nullable String city, @Nullable String countryCode, Set<String> languages, Set<Sector> sectors,
            Set<String> skills, @Nullable String offer, @Nullable String need, @Nullable String phone,
            @Nullable String website, ContactVisibility contactVisibility) {
        this(version, displayName, headline, bio, city, countryCode, languages, sectors, skills, offer, need, phone, website,
                contactVisibility, List.of());
    }
}
