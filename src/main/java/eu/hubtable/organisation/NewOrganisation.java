package eu.hubtable.organisation;

import org.jspecify.annotations.Nullable;

public record NewOrganisation(String name, OrganisationKind kind, @Nullable String city, @Nullable String countryCode,
        @Nullable String description, @Nullable String website) {
}
