package eu.hubtable.organisation;

import eu.hubtable.core.vocabulary.Sector;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An organisation's description as its managers edit it; {@code version} guards against overwriting a newer save. */
public record OrganisationForm(long version, String name, @Nullable String city, @Nullable String countryCode,
        @Nullable String description, @Nullable String website, Set<Sector> sectors) {
}
