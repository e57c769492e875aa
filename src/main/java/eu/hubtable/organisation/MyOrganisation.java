package eu.hubtable.organisation;

import org.jspecify.annotations.Nullable;

/** An organisation seen from one of its members. */
public record MyOrganisation(long id, String name, OrganisationKind kind, @Nullable String city, MembershipRole role) {
}
