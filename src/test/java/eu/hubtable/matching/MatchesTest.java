package eu.hubtable.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.ContactVisibility;
import eu.hubtable.member.Contacts;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.Profiles;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.ServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Suggestions on the real database, rule by rule: each test builds two candidates that differ in
 * one thing only and shows that thing decides their order (and the reason says it).
 */
@RecordApplicationEvents
class MatchesTest extends ServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    Matches matches;

    @Autowired
    Introductions introductions;

    @Autowired
    Profiles profiles;

    @Autowired
    Posts posts;

    @Autowired
    Contacts contacts;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private MemberPrincipal me;

    @BeforeEach
    void seeker() {
        clock.pin(Instant.parse("2026-12-01T09:00:00Z"));
        me = person("Léa Martin", Set.of(Sector.DIGITAL_GAMES), Set.of("fr", "en"), "Esch-sur-Alzette", "LU", Set.of("Unity"),
                "We need sound design and a heritage partner for our next game");
    }

    @Test
    void someoneOfferingWhatINeedRanksFirstAndTheReasonNamesIt() {
        MemberPrincipal sound = person("Karim Sound", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Paris", "FR", Set.of("Sound design"), null);
        MemberPrincipal near = person("Nadia Near", Set.of(Sector.HERITAGE), Set.of("fr"), "Esch-sur-Alzette", "LU", Set.of("Weaving"), null);

        Suggestions found = mine();

        assertThat(ids(found.people())).as("a complementary offer outweighs cross-sector, language and city together")
                .containsExactly(sound.memberId(), near.memberId());
        assertThat(found.people().getFirst().reasons()).containsExactly(
                new Reason(ReasonKind.THEY_OFFER_WHAT_YOU_NEED, List.of("sound design"), SuggestionRules.COMPLEMENT));
    }

    @Test
    void someoneNeedingWhatIOfferIsSuggestedThroughTheirLivePost() {
        MemberPrincipal seeker = person("Tom Needs", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Trier", "DE", Set.of(), null);
        MemberPrincipal other = person("Otto Other", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Trier", "DE", Set.of(), null);
        signIn(seeker);
        long post = posts.publish(new PostForm(PostDirection.NEED, PostKind.SKILL_OR_SERVICE, "Unity developer for a museum app",
                "Two months", Set.of(), Set.of("unity"), null, null, null, TODAY.plusDays(10), null));

        Suggestions found = mine();

        assertThat(ids(found.people())).containsExactly(seeker.memberId());
        assertThat(found.people().getFirst().reasons()).extracting(Reason::kind).containsExactly(ReasonKind.THEY_NEED_WHAT_YOU_OFFER);
        assertThat(ids(found.posts())).containsExactly(post);
        assertThat(found.posts().getFirst().ownerId()).isEqualTo(seeker.memberId());
        assertThat(other.memberId()).isNotIn(ids(found.people()));

        clock.advance(Duration.ofDays(11));
        assertThat(mine().posts()).as("an expired post is no reason any more").isEmpty();
    }

    @Test
    void anotherSectorRanksAboveMySameSector() {
        MemberPrincipal same = person("Sam Same", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Paris", "FR", Set.of("Sound design"), null);
        MemberPrincipal other = person("Hana Heritage", Set.of(Sector.HERITAGE), Set.of("de"), "Paris", "FR", Set.of("Sound design"), null);

        Suggestions found = mine();

        assertThat(ids(found.people())).containsExactly(other.memberId(), same.memberId());
        assertThat(found.people().getFirst().reasons()).contains(new Reason(ReasonKind.CROSS_SECTOR,
                List.of("DIGITAL_GAMES", "HERITAGE"), SuggestionRules.CROSS_SECTOR));
    }

    @Test
    void aSharedLanguageRanksAboveNone() {
        MemberPrincipal german = person("Gerd German", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Paris", "FR", Set.of("Sound design"), null);
        MemberPrincipal french = person("Fanny French", Set.of(Sector.DIGITAL_GAMES), Set.of("fr"), "Paris", "FR", Set.of("Sound design"), null);

        Suggestions found = mine();

        assertThat(ids(found.people())).containsExactly(french.memberId(), german.memberId());
        assertThat(found.people().getFirst().reasons()).contains(new Reason(ReasonKind.SHARED_LANGUAGE, List.of("fr"),
                SuggestionRules.SHARED_LANGUAGE));
    }

    @Test
    void theSameCityRanksAboveTheSameCountryWhichRanksAboveAnotherCountry() {
        MemberPrincipal abroad = person("Abe Abroad", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Paris", "FR", Set.of("Sound design"), null);
        MemberPrincipal country = person("Cleo Country", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Luxembourg", "LU", Set.of("Sound design"), null);
        MemberPrincipal city = person("Cyd City", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "esch-sur-alzette", "LU", Set.of("Sound design"), null);

        Suggestions found = mine();

        assertThat(ids(found.people())).containsExactly(city.memberId(), country.memberId(), abroad.memberId());
        assertThat(found.people().getFirst().reasons()).contains(new Reason(ReasonKind.SAME_CITY, List.of("esch-sur-alzette"),
                SuggestionRules.SAME_CITY));
        assertThat(found.people().get(1).reasons()).contains(new Reason(ReasonKind.SAME_COUNTRY, List.of("LU"),
                SuggestionRules.SAME_COUNTRY));
    }

    @Test
    void moreThingsOfferedRankHigher() {
        MemberPrincipal one = person("Una One", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Paris", "FR", Set.of("Sound design"), null);
        MemberPrincipal two = person("Tia Two", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Paris", "FR",
                Set.of("Sound design", "heritage partner"), null);

        assertThat(ids(mine().people())).containsExactly(two.memberId(), one.memberId());
    }

    @Test
    void suggestionsFollowAProfileSavedAMomentAgoAndAPostWithdrawn() {
        MemberPrincipal karim = person("Karim Sound", Set.of(Sector.MUSIC), Set.of("de"), "Paris", "FR", Set.of("Sound design"), null);
        assertThat(ids(mine().people())).containsExactly(karim.memberId());

        person(karim, Set.of(Sector.MUSIC), Set.of("de"), "Paris", "FR", Set.of("Mixing"), null);
        assertThat(mine().people()).as("no longer offers it").isEmpty();

        signIn(karim);
        long post = posts.publish(new PostForm(PostDirection.OFFER, PostKind.SKILL_OR_SERVICE, "Sound design, one week free",
                "For a game", Set.of(), Set.of("sound design"), null, null, null, TODAY.plusDays(5), null));
        assertThat(ids(mine().posts())).containsExactly(post);
        assertThat(ids(mine().people())).as("offers it through a live post").containsExactly(karim.memberId());
        signIn(karim);
        posts.withdraw(post);
        assertThat(mine().posts()).isEmpty();
        assertThat(mine().people()).isEmpty();
    }

    @Test
    void contactsMyselfAndDismissedSuggestionsNeverComeBackUntilUndone() {
        MemberPrincipal contact = person("Cora Contact", Set.of(Sector.HERITAGE), Set.of("fr"), "Paris", "FR", Set.of("Sound design"), null);
        MemberPrincipal dull = person("Dino Dismissed", Set.of(Sector.HERITAGE), Set.of("fr"), "Paris", "FR", Set.of("Sound design"), null);
        MemberPrincipal kept = person("Kai Kept", Set.of(Sector.DIGITAL_GAMES), Set.of("de"), "Paris", "FR", Set.of("Sound design"), null);
        signIn(me);
        contacts.request(contact.memberId(), "Hello");

        assertThat(ids(mine().people())).containsExactly(dull.memberId(), kept.memberId());
        matches.dismiss(SuggestionKind.MEMBER, dull.memberId());
        matches.dismiss(SuggestionKind.MEMBER, dull.memberId()); // twice is once
        assertThat(ids(mine().people())).as("remembered").containsExactly(kept.memberId());
        matches.undoDismiss(SuggestionKind.MEMBER, dull.memberId());
        assertThat(ids(mine().people())).containsExactly(dull.memberId(), kept.memberId());
    }

    @Test
    void organisationsAreSuggestedThroughTheirPostsAndTheirCityButNeverMyOwn() {
        long studio = asAdmin(() -> organisations.create(new NewOrganisation("Foley Works", OrganisationKind.COMPANY, "Paris", "FR",
                null, null)));
        long neighbour = asAdmin(() -> organisations.create(new NewOrganisation("Esch Heritage Trust", OrganisationKind.INSTITUTION,
                "Esch-sur-Alzette", "LU", null, null)));
        long mine = asAdmin(() -> organisations.create(new NewOrganisation("Léa's Studio", OrganisationKind.COMPANY,
                "Esch-sur-Alzette", "LU", null, null)));
        sector(studio, Sector.MUSIC);
        sector(neighbour, Sector.HERITAGE);
        sector(mine, Sector.DIGITAL_GAMES);
        MemberPrincipal owner = person("Olga Owner", Set.of(Sector.MUSIC), Set.of("de"), "Paris", "FR", Set.of(), null);
        asAdmin(() -> {
            organisations.addMember(studio, owner.memberId(), MembershipRole.MANAGER);
            organisations.addMember(mine, me.memberId(), MembershipRole.MANAGER);
            return null;
        });
        signIn(owner);
        posts.publish(new PostForm(PostDirection.OFFER, PostKind.SKILL_OR_SERVICE, "Sound design studio", "Foley stage for hire",
                Set.of(Sector.MUSIC), Set.of("sound design"), null, null, null, TODAY.plusDays(30), studio));

        List<Suggestion> found = mine().organisations();

        assertThat(found).extracting(Suggestion::targetId).containsExactly(studio, neighbour);
        assertThat(found.getFirst().reasons()).extracting(Reason::kind)
                .containsExactly(ReasonKind.THEY_OFFER_WHAT_YOU_NEED, ReasonKind.CROSS_SECTOR);
        assertThat(found.get(1).reasons()).extracting(Reason::kind).containsExactly(ReasonKind.CROSS_SECTOR, ReasonKind.SAME_CITY);
    }

    @Test
    void actingOnASuggestionAsksToConnectAndIsPublishedAsAMatch() {
        MemberPrincipal sound = person("Karim Sound", Set.of(Sector.MUSIC), Set.of("fr"), "Paris", "FR", Set.of("Sound design"), null);
        signIn(me);
        matches.connect(sound.memberId(), "Your sound design would fit our game");

        assertThat(ids(mine().people())).as("asked: no longer a suggestion").doesNotContain(sound.memberId());
        assertThat(events.stream(MatchAccepted.class)).containsExactly(new MatchAccepted(me.memberId(), SuggestionKind.MEMBER,
                sound.memberId(), sound.memberId(), true, clock.instant()));
        signIn(sound);
        assertThat(contacts.incoming()).singleElement().satisfies(request ->
                assertThat(request.message()).isEqualTo("Your sound design would fit our game"));
    }

    @Test
    void hubManagersIntroduceTwoOfTheirMembersOnceAndBothReceiveIt() {
        long hub = asAdmin(() -> organisations.create(new NewOrganisation("Creative Hub Esch", OrganisationKind.HUB, "Esch-sur-Alzette",
                "LU", null, null)));
        MemberPrincipal manager = newMember("Mia Manager");
        MemberPrincipal karim = person("Karim Sound", Set.of(Sector.MUSIC), Set.of("fr"), "Paris", "FR", Set.of("Sound design"), null);
        MemberPrincipal outsider = newMember("Otto Outsider");
        asAdmin(() -> {
            organisations.addMember(hub, manager.memberId(), MembershipRole.MANAGER);
            organisations.addMember(hub, me.memberId(), MembershipRole.MEMBER);
            organisations.addMember(hub, karim.memberId(), MembershipRole.MEMBER);
            return null;
        });

        signIn(me);
        assertThatThrownBy(() -> introductions.introduce(hub, me.memberId(), karim.memberId(), "Meet"))
                .as("only the hub's managers introduce").isInstanceOf(AccessDeniedException.class);
        signIn(manager);
        assertThatThrownBy(() -> introductions.introduce(hub, me.memberId(), outsider.memberId(), " "))
                .isInstanceOfSatisfying(IntroductionRejected.class, rejected -> assertThat(rejected.problems()).isEqualTo(Map.of(
                        IntroductionRejected.Field.SECOND, "introduction.member.not-in-hub",
                        IntroductionRejected.Field.NOTE, "introduction.note.length")));
        introductions.introduce(hub, me.memberId(), karim.memberId(), "Léa needs sound for a heritage game; Karim does exactly that.");
        assertThatThrownBy(() -> introductions.introduce(hub, karim.memberId(), me.memberId(), "Again"))
                .isInstanceOfSatisfying(IntroductionRejected.class, rejected -> assertThat(rejected.problems())
                        .isEqualTo(Map.of(IntroductionRejected.Field.SECOND, "introduction.twice")));

        signIn(me);
        assertThat(introductions.mine()).singleElement().satisfies(card -> {
            assertThat(card.otherName()).isEqualTo("Karim Sound");
            assertThat(card.introducedByName()).isEqualTo("Mia Manager");
            assertThat(card.hubName()).isEqualTo("Creative Hub Esch");
        });
        signIn(karim);
        assertThat(introductions.mine()).extracting(IntroductionCard::otherName).containsExactly("Léa Martin");
        assertThat(events.stream(IntroductionMade.class)).singleElement().satisfies(made -> {
            assertThat(made.crossSector()).isTrue();
            assertThat(made.introducedBy()).isEqualTo(manager.memberId());
        });
        assertThat(jdbc.sql("select subject from mail_outbox order by id").query(String.class).list())
                .containsExactlyInAnyOrder("Karim Sound and you, introduced by Creative Hub Esch",
                        "Léa Martin and you, introduced by Creative Hub Esch");
    }

    private void sector(long organisation, Sector sector) {
        jdbc.sql("insert into organisation_sector (organisation_id, sector) values (:o, :s)").param("o", organisation)
                .param("s", sector.name()).update();
    }

    private Suggestions mine() {
        signIn(me);
        return matches.forMe();
    }

    private static List<Long> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::targetId).toList();
    }

    private MemberPrincipal person(String name, Set<Sector> sectors, Set<String> languages, String city, String country,
            Set<String> skills, @Nullable String need) {
        return person(newMember(name), sectors, languages, city, country, skills, need);
    }

    private MemberPrincipal person(MemberPrincipal member, Set<Sector> sectors, Set<String> languages, String city, String country,
            Set<String> skills, @Nullable String need) {
        String name = member.displayName();
        signIn(member);
        ProfileForm current = profiles.mine();
        profiles.updateMine(new ProfileForm(current.version(), name, null, null, city, country, languages, sectors, skills, null, need,
                null, null, ContactVisibility.CONTACTS));
        return member;
    }
}
