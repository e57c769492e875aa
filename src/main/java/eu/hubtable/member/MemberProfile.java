package eu.hubtable.member;

import eu.hubtable.core.vocabulary.Sector;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member's profile as another member sees it. Contact details are present only when the viewer
 * may see them (themselves, or the member shows them to all members).
 */
public record MemberProfile(long id, String displayName, @Nullable String headline, @Nullable String bio,
        @Nullable String city, @Nullable String countryCode, Set<String> languages, Set<Sector> sectors,
        Set<String> skills, @Nullable String offer, @Nullable String need, List<String> links, Optional<ContactDetails> contact) {

    /** What only allowed viewers see, links marked "only my contacts" included. */
    public record ContactDetails(String email, @Nullable String phone, @Nullable String website, List<String> links) {
    }
}
