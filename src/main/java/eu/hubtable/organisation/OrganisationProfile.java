package eu.hubtable.organisation;

import eu.hubtable.core.vocabulary.Sector;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An organisation's page: what it is, who belongs to it, where it hosts; {@code managing} if the viewer may edit. */
public record OrganisationProfile(long id, String name, OrganisationKind kind, @Nullable String city,
        @Nullable String countryCode, @Nullable String description, @Nullable String website, Set<Sector> sectors,
        List<Person> people, List<Venue> venues, boolean managing, long version) {

    public record Person(long memberId, String displayName, MembershipRole role) {
    }

    public boolean hostsVenues() {
        return kind == OrganisationKind.HUB || kind == OrganisationKind.CLUSTER;
    }
}
