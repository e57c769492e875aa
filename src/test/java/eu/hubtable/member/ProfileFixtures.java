package eu.hubtable.member;

import eu.hubtable.core.vocabulary.Sector;
import java.util.Set;

/** Builds profile forms for tests: start from what a member has, change what the test needs. */
final class ProfileFixtures {

    private ProfileFixtures() {
    }

    static ProfileForm with(ProfileForm f, String headline, String city, String country, Set<String> languages,
            Set<Sector> sectors, Set<String> skills, String offer, String need) {
        return new ProfileForm(f.version(), f.displayName(), headline, f.bio(), city, country, languages, sectors, skills, offer,
                need, f.phone(), f.website(), f.contactVisibility());
    }

    static ProfileForm contact(ProfileForm f, String phone, String website, ContactVisibility visibility) {
        return new ProfileForm(f.version(), f.displayName(), f.headline(), f.bio(), f.city(), f.countryCode(), f.languages(),
                f.sectors(), f.skills(), f.offer(), f.need(), phone, website, visibility);
    }

    static ProfileForm named(ProfileForm f, String displayName) {
        return new ProfileForm(f.version(), displayName, f.headline(), f.bio(), f.city(), f.countryCode(), f.languages(),
                f.sectors(), f.skills(), f.offer(), f.need(), f.phone(), f.website(), f.contactVisibility(), f.links());
    }
}
