package eu.hubtable.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.ProfileRejected.Field;
import eu.hubtable.support.ServiceTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfilesTest extends ServiceTest {

    @Autowired
    Profiles profiles;

    @Test
    void aMemberSavesTheirProfileAndReadsItBackNormalised() {
        signIn(newMember("Léa Martin"));
        ProfileForm saved = profiles.updateMine(ProfileFixtures.with(profiles.mine(), "Sound designer", "Brussels", "BE",
                Set.of("fr", "en"), Set.of(Sector.MUSIC, Sector.AUDIOVISUAL_FILM), Set.of(" Sound  Design ", "foley"),
                "Sound design for short films", "A game studio to co-produce with"));

        assertThat(profiles.mine()).isEqualTo(saved);
        assertThat(saved.skills()).containsExactlyInAnyOrder("sound design", "foley");
        assertThat(saved.sectors()).containsExactlyInAnyOrder(Sector.MUSIC, Sector.AUDIOVISUAL_FILM);
        assertThat(profiles.knownSkills()).contains("sound design", "foley");
    }

    @Test
    void badInputIsRejectedFieldByFieldAndNothingChanges() {
        signIn(newMember("Léa Martin"));
        ProfileForm before = profiles.mine();
        ProfileForm bad = ProfileFixtures.contact(ProfileFixtures.with(before, "x".repeat(161), "Brussels", "ZZ", Set.of("xx"),
                Set.of(), Set.of(), null, null), "call me maybe", "javascript:alert(1)", ContactVisibility.MEMBERS);

        assertThatThrownBy(() -> profiles.updateMine(bad)).isInstanceOfSatisfying(ProfileRejected.class,
                rejected -> assertThat(rejected.problems())
                        .containsEntry(Field.HEADLINE, "profile.too-long")
                        .containsEntry(Field.COUNTRY, "profile.country.unknown")
                        .containsEntry(Field.LANGUAGES, "profile.languages.unknown")
                        .containsEntry(Field.PHONE, "profile.phone.invalid")
                        .containsEntry(Field.WEBSITE, "profile.website.invalid"));
        assertThat(profiles.mine()).isEqualTo(before);
    }

    @Test
    void savingOverAProfileChangedInAnotherWindowIsRefused() {
        signIn(newMember("Léa Martin"));
        ProfileForm firstTab = profiles.mine();
        ProfileForm secondTab = profiles.mine();
        profiles.updateMine(ProfileFixtures.with(firstTab, "Saved first", null, null, Set.of(), Set.of(), Set.of(), null, null));

        assertThatThrownBy(() -> profiles.updateMine(ProfileFixtures.with(secondTab, "Saved second", null, null, Set.of(),
                Set.of(), Set.of(), null, null)))
                .isInstanceOfSatisfying(ProfileRejected.class,
                        rejected -> assertThat(rejected.problems()).containsEntry(Field.VERSION, "profile.changed-elsewhere"));
        assertThat(profiles.mine().headline()).isEqualTo("Saved first");
    }

    @Test
    void contactDetailsShowOnlyWhereTheMemberAllowsIt() {
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Wagner");
        signIn(lea);
        profiles.updateMine(ProfileFixtures.contact(profiles.mine(), "+352 621 000 000", "https://lea.example", ContactVisibility.CONTACTS));
        signIn(tom);
        profiles.updateMine(ProfileFixtures.contact(profiles.mine(), "+32 470 00 00 00", null, ContactVisibility.MEMBERS));

        signIn(tom);
        MemberProfile leaSeenByTom = profiles.profileOf(lea.memberId()).orElseThrow();
        assertThat(leaSeenByTom.contact()).isEmpty();
        assertThat(leaSeenByTom.toString()).doesNotContain("+352", lea.email(), "lea.example");

        signIn(lea);
        assertThat(profiles.profileOf(tom.memberId()).orElseThrow().contact())
                .hasValueSatisfying(c -> assertThat(c.phone()).isEqualTo("+32 470 00 00 00"));
        assertThat(profiles.profileOf(lea.memberId()).orElseThrow().contact()).isPresent();
    }

    @Test
    void linksMarkedForContactsOnlyStayWithTheContactDetails() {
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Wagner");
        signIn(lea);
        ProfileForm saved = profiles.updateMine(links(profiles.mine(), List.of(new ProfileLink(" https://vimeo.example/lea ", false),
                new ProfileLink("", true), new ProfileLink("https://drive.example/private-reel", true),
                new ProfileLink("https://vimeo.example/lea", true))));
        // blank rows dropped, a repeated link kept once with its first choice, order kept
        assertThat(saved.links()).containsExactly(new ProfileLink("https://vimeo.example/lea", false),
                new ProfileLink("https://drive.example/private-reel", true));

        signIn(tom);
        MemberProfile seen = profiles.profileOf(lea.memberId()).orElseThrow();
        assertThat(seen.links()).containsExactly("https://vimeo.example/lea");
        assertThat(seen.contact()).isEmpty();
        assertThat(seen.toString()).doesNotContain("private-reel");

        signIn(lea);
        assertThat(profiles.profileOf(lea.memberId()).orElseThrow().contact().orElseThrow().links())
                .containsExactly("https://drive.example/private-reel");
    }

    @Test
    void badLinksAreRefusedAndTheStoredOnesKept() {
        signIn(newMember("Léa Martin"));
        profiles.updateMine(links(profiles.mine(), List.of(new ProfileLink("https://lea.example", false))));
        ProfileForm before = profiles.mine();
        assertThatThrownBy(() -> profiles.updateMine(links(before, List.of(new ProfileLink("javascript:alert(1)", false)))))
                .isInstanceOfSatisfying(ProfileRejected.class, e -> assertThat(e.problems())
                        .containsEntry(ProfileRejected.Field.LINKS, "profile.links.invalid"));
        List<ProfileLink> six = java.util.stream.IntStream.range(0, 6).mapToObj(i -> new ProfileLink("https://site" + i + ".example", false)).toList();
        assertThatThrownBy(() -> profiles.updateMine(links(before, six)))
                .isInstanceOfSatisfying(ProfileRejected.class, e -> assertThat(e.problems())
                        .containsEntry(ProfileRejected.Field.LINKS, "profile.links.too-many"));
        assertThat(profiles.mine().links()).containsExactly(new ProfileLink("https://lea.example", false));
    }

    private static ProfileForm links(ProfileForm f, List<ProfileLink> links) {
        return new ProfileForm(f.version(), f.displayName(), f.headline(), f.bio(), f.city(), f.countryCode(), f.languages(),
                f.sectors(), f.skills(), f.offer(), f.need(), f.phone(), f.website(), f.contactVisibility(), links);
    }
}
