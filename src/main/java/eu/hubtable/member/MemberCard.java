package eu.hubtable.member;

import eu.hubtable.core.vocabulary.Sector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member as the directory lists them: public profile facts only, never contact details. */
public record MemberCard(long id, String displayName, @Nullable String headline, @Nullable String city,
        @Nullable String countryCode, List<Sector> sectors, boolean hasPicture) {
}
