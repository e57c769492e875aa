package eu.hubtable.organisation;

import eu.hubtable.core.vocabulary.Sector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An organisation as the directory lists it. */
public record OrganisationCard(long id, String name, OrganisationKind kind, @Nullable String city,
        @Nullable String countryCode, List<Sector> sectors, int members) {
}
