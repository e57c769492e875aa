package eu.hubtable.organisation;

import eu.hubtable.core.vocabulary.Sector;
import org.jspecify.annotations.Nullable;

/** What a member looks for in the organisation directory; every part is optional. */
public record OrganisationFilter(@Nullable String text, @Nullable Sector sector, @Nullable OrganisationKind kind,
        @Nullable String countryCode, @Nullable String city) {

    public static OrganisationFilter everyone() {
        return new OrganisationFilter(null, null, null, null, null);
    }
}
