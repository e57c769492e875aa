package eu.hubtable.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.RoleCandidate.Reason;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Candidates for a role needing Music or Games and "sound design". Anna and Zoe start equal (both in
 * Music; Anna first as the earlier registered); each rule in turn is given to Zoe, which puts her first, then to Anna,
 * which puts Anna back in front: every rule moves the rank on its own.
 */
class TenderCandidatesTest extends TenderTest {

    private static final Set<Sector> SOUND_SECTORS = Set.of(Sector.MUSIC, Sector.DIGITAL_GAMES);

    private MemberPrincipal lina;
    private MemberPrincipal anna;
    private MemberPrincipal zoe;
    private long tender;
    private long sound;

    @BeforeEach
    void aRoleAndTwoEqualMembers() {
        lina = newMember("Lina Lead");
        anna = newMember("Anna Able");
        zoe = newMember("Zoe Zed");
        profile(lina, Set.of(Sector.MUSIC), "sound design");
        profile(anna, Set.of(Sector.MUSIC));
        profile(zoe, Set.of(Sector.MUSIC));
        tender = tender(lina, new TenderRoleForm("Sound designer", SOUND_SECTORS, Set.of("Sound  Design")));
        sound = roleId(tender, "Sound designer");
    }

    @Test
    void eachRuleMovesACandidateUpAndSaysWhy() {
        assertThat(order()).as("equal: the earlier registered first").containsExactly("Anna Able", "Zoe Zed");
        assertThat(candidate(anna).reasons()).containsExactly(new Reason(TenderReason.SECTOR, "MUSIC"));

        contacts(lina, zoe);
        assertThat(order()).as("a contact").containsExactly("Zoe Zed", "Anna Able");
        contacts(lina, anna);
        assertThat(order()).containsExactly("Anna Able", "Zoe Zed");

        offer(zoe, null, Set.of(Sector.DIGITAL_GAMES));
        assertThat(order()).as("a live offer in a sector of the role").containsExactly("Zoe Zed", "Anna Able");
        offer(anna, null, Set.of(Sector.DIGITAL_GAMES));
        assertThat(order()).containsExactly("Anna Able", "Zoe Zed");

        offer(zoe, null, Set.of(), "Sound design");
        assertThat(order()).as("a live offer tagged with a skill of the role").containsExactly("Zoe Zed", "Anna Able");
        offer(anna, null, Set.of(), "sound design");
        assertThat(order()).containsExactly("Anna Able", "Zoe Zed");

        profile(zoe, Set.of(Sector.MUSIC), "sound design");
        assertThat(order()).as("a skill on the profile").containsExactly("Zoe Zed", "Anna Able");
        profile(anna, Set.of(Sector.MUSIC), "sound design");
        assertThat(order()).containsExactly("Anna Able", "Zoe Zed");

        profile(zoe, SOUND_SECTORS, "sound design");
        assertThat(order()).as("a second sector of the role").containsExactly("Zoe Zed", "Anna Able");
        RoleCandidate best = candidate(zoe);
        assertThat(best.reasons()).containsExactly(new Reason(TenderReason.SKILL, "sound design"),
                new Reason(TenderReason.SECTOR, "DIGITAL_GAMES"), new Reason(TenderReason.SECTOR, "MUSIC"),
                new Reason(TenderReason.OFFER_TAG, "sound design"), new Reason(TenderReason.OFFER_SECTOR, "DIGITAL_GAMES"),
                new Reason(TenderReason.CONTACT, ""));
        assertThat(best.score()).isEqualTo(14);
        assertThat(best.kind()).isEqualTo(PartyKind.MEMBER);
    }

    @Test
    void theLeadTheInvitedAndMereContactsAreNotProposed() {
        MemberPrincipal carl = newMember("Carl Contact");
        contacts(lina, carl);
        signIn(lina);
        assertThat(names()).containsExactly("Anna Able", "Zoe Zed");
        consortia.invite(sound, PartyKind.MEMBER, anna.memberId(), null);
        assertThat(names()).containsExactly("Zoe Zed");
        long other = consortia.addRole(tender, new TenderRoleForm("Composer", Set.of(Sector.MUSIC), Set.of()));
        assertThat(consortia.candidates(other)).extracting(RoleCandidate::name).as("invited to another role only")
                .containsExactly("Anna Able", "Zoe Zed");
    }

    @Test
    void organisationsInTheSectorOrOfferingTheSkillAreProposedWithTheirReasons() {
        MemberPrincipal mia = newMember("Mia Manager");
        organisation("Alpha Audio", mia, Set.of(Sector.MUSIC));
        long beta = organisation("Beta Beats", mia, Set.of(Sector.MUSIC));
        organisation("Cinema Cut", mia, Set.of(Sector.AUDIOVISUAL_FILM));
        offer(mia, beta, Set.of(), "sound design");
        signIn(lina);
        List<RoleCandidate> found = consortia.candidates(sound);
        assertThat(found.stream().filter(c -> c.kind() == PartyKind.ORGANISATION).map(RoleCandidate::name))
                .containsExactly("Beta Beats", "Alpha Audio");
        assertThat(found).filteredOn(c -> c.name().equals("Beta Beats")).singleElement().satisfies(c ->
                assertThat(c.reasons()).containsExactly(new Reason(TenderReason.ORGANISATION_SECTOR, "MUSIC"),
                        new Reason(TenderReason.ORGANISATION_OFFER, "sound design")));
        assertThat(found).extracting(RoleCandidate::name).as("members and organisations ranked together, best first")
                .containsExactly("Beta Beats", "Anna Able", "Zoe Zed", "Alpha Audio", "Mia Manager");
        consortia.invite(sound, PartyKind.ORGANISATION, beta, null);
        assertThat(consortia.candidates(sound)).extracting(RoleCandidate::name).doesNotContain("Beta Beats");
    }

    private List<String> order() {
        return names().stream().filter(name -> name.equals("Anna Able") || name.equals("Zoe Zed")).toList();
    }

    private List<String> names() {
        signIn(lina);
        return consortia.candidates(sound).stream().map(RoleCandidate::name).toList();
    }

    private RoleCandidate candidate(MemberPrincipal member) {
        signIn(lina);
        return consortia.candidates(sound).stream().filter(c -> c.id() == member.memberId() && c.kind() == PartyKind.MEMBER)
                .findFirst().orElseThrow();
    }
}
