package eu.hubtable.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.TenderRejected.Field;
import eu.hubtable.member.MyData;
import eu.hubtable.organisation.MembershipRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ConsortiaTest extends TenderTest {

    @Autowired
    ApplicationEvents published;

    @Autowired
    MyData myData;

    private MemberPrincipal lina;
    private MemberPrincipal bea;
    private MemberPrincipal carl;
    private MemberPrincipal olga;

    @BeforeEach
    void people() {
        lina = newMember("Lina Lead");
        bea = newMember("Bea Sound");
        carl = newMember("Carl Code");
        olga = newMember("Olga Outsider");
    }

    @Test
    void eachBadInputIsRefusedNextToItsFieldAndNothingIsStored() {
        signIn(lina);
        TenderForm good = form("Esch heritage trail", TODAY.plusDays(20));
        List<TenderRoleForm> roles = List.of(role("Sound designer", Set.of(Sector.MUSIC), "sound design"));
        Map<String, TenderForm> bad = Map.of(
                "past deadline", new TenderForm(0, "Trail", "Esch", TODAY.minusDays(1), good.link(), null, null, null),
                "min above max", new TenderForm(0, "Trail", "Esch", TODAY, good.link(), new BigDecimal("90000"), new BigDecimal("80000"), null),
                "bad link", new TenderForm(0, "Trail", "Esch", TODAY, "javascript:alert(1)", null, null, null),
                "negative budget", new TenderForm(0, "Trail", "Esch", TODAY, good.link(), new BigDecimal("-1"), null, null));
        Map<String, Map<Field, String>> expected = Map.of("past deadline", Map.of(Field.DEADLINE, "tender.deadline.past"),
                "min above max", Map.of(Field.BUDGET, "tender.budget.order"), "bad link", Map.of(Field.LINK, "tender.link.invalid"),
                "negative budget", Map.of(Field.BUDGET, "tender.budget.amount"));
        bad.forEach((what, form) -> assertThatThrownBy(() -> consortia.open(form, roles)).as(what)
                .isInstanceOfSatisfying(TenderRejected.class, rejected -> assertThat(rejected.problems()).isEqualTo(expected.get(what))));
        assertThatThrownBy(() -> consortia.open(good, List.of())).as("no roles")
                .isInstanceOfSatisfying(TenderRejected.class, rejected ->
                        assertThat(rejected.problems()).isEqualTo(Map.of(Field.ROLES, "tender.roles.required")));
        assertThatThrownBy(() -> consortia.open(new TenderForm(0, " ", "", null, "ftp://x", null, null, null),
                List.of(role(" ", Set.of())))).isInstanceOfSatisfying(TenderRejected.class, rejected ->
                        assertThat(rejected.problems()).isEqualTo(Map.of(Field.TITLE, "tender.title.length", Field.BUYER, "tender.buyer.length",
                                Field.DEADLINE, "tender.deadline.required", Field.LINK, "tender.link.invalid",
                                Field.ROLE_NAME, "tender.role.name.length", Field.ROLE_SKILLS, "tender.role.needs")));
        assertThat(jdbc.sql("select count(*) from tender").query(Integer.class).single()).isZero();
        assertThat(consortia.mine()).isEmpty();

        long id = consortia.open(good, roles);
        TenderCard card = consortia.card(id);
        assertThat(card.roles()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Sound designer");
            assertThat(r.skills()).containsExactly("sound design");
            assertThat(r.filled()).isFalse();
        });
        assertThat(card.budgetMin()).isEqualByComparingTo("20000");
        assertThat(card.currency()).isEqualTo("EUR");
    }

    @Test
    void theLeadEditsTheCardAndAConcurrentEditIsRefusedWithoutLosingTheFirst() {
        long id = tender(lina, role("Sound designer", Set.of(Sector.MUSIC)));
        TenderCard opened = consortia.card(id);
        TenderForm firstTab = new TenderForm(opened.version(), "Esch heritage trail (phase 2)", opened.buyer(), opened.deadline(),
                opened.link(), null, new BigDecimal("50000"), "New scope");
        TenderForm secondTab = new TenderForm(opened.version(), "Esch trail", opened.buyer(), opened.deadline(), opened.link(), null,
                null, null);
        consortia.update(id, firstTab);
        assertThatThrownBy(() -> consortia.update(id, secondTab)).isInstanceOfSatisfying(TenderRejected.class, rejected ->
                assertThat(rejected.problems()).isEqualTo(Map.of(Field.VERSION, "tender.changed-elsewhere")));
        TenderCard stored = consortia.card(id);
        assertThat(stored.title()).isEqualTo("Esch heritage trail (phase 2)");
        assertThat(stored.budgetMax()).isEqualByComparingTo("50000");
        consortia.update(id, new TenderForm(stored.version(), "Esch trail", stored.buyer(), stored.deadline(), stored.link(), null, null, null));
        assertThat(consortia.card(id).title()).isEqualTo("Esch trail");

        long extra = consortia.addRole(id, role("Developer", Set.of(), "unity"));
        assertThat(consortia.card(id).roles()).extracting(TenderCard.Role::name).containsExactly("Sound designer", "Developer");
        consortia.removeRole(extra);
        assertThatThrownBy(() -> consortia.removeRole(roleId(id, "Sound designer"))).hasMessage("tender.roles.last");
        signIn(bea);
        assertThatThrownBy(() -> consortia.update(id, firstTab)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consortia.addRole(id, role("Mine", Set.of(Sector.MUSIC)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSamePartyIsInvitedToARoleOnlyOnce() {
        long manufacturer = organisation("Pixel Forge", carl, Set.of(Sector.DIGITAL_GAMES));
        long id = tender(lina, role("Sound designer", Set.of(Sector.MUSIC)), role("Studio", Set.of(Sector.DIGITAL_GAMES)));
        long sound = roleId(id, "Sound designer");
        consortia.invite(sound, PartyKind.MEMBER, bea.memberId(), "You did the Belval app");
        assertThatThrownBy(() -> consortia.invite(sound, PartyKind.MEMBER, bea.memberId(), "Again")).hasMessage("tender.invite.twice");
        consortia.invite(roleId(id, "Studio"), PartyKind.MEMBER, bea.memberId(), null); // another role: fine
        consortia.invite(sound, PartyKind.ORGANISATION, manufacturer, null);
        assertThatThrownBy(() -> consortia.invite(sound, PartyKind.ORGANISATION, manufacturer, null)).hasMessage("tender.invite.twice");
        assertThatThrownBy(() -> consortia.invite(sound, PartyKind.MEMBER, lina.memberId(), null)).hasMessage("tender.invite.unknown");
        long withoutManager = asAdmin(() -> organisations.create(new eu.hubtable.organisation.NewOrganisation("Nobody's Studio",
                eu.hubtable.organisation.OrganisationKind.COMPANY, null, null, null, null)));
        signIn(lina);
        assertThatThrownBy(() -> consortia.invite(sound, PartyKind.ORGANISATION, withoutManager, null))
                .hasMessage("tender.invite.no-manager");
        assertThat(consortia.card(id).roles().getFirst().invitations()).extracting(TenderCard.Invitation::partyName)
                .containsExactly("Bea Sound", "Pixel Forge");
        signIn(bea);
        assertThatThrownBy(() -> consortia.invite(sound, PartyKind.MEMBER, carl.memberId(), null)).isInstanceOf(AccessDeniedException.class);
        // each invitation is told: to Bea twice (two roles), to the studio's manager once; refused ones tell nobody
        assertThat(jdbc.sql("select recipient, subject, body from mail_outbox order by id").query((rs, n) -> rs.getString(1) + " | "
                + rs.getString(2) + " | " + rs.getString(3)).list()).satisfiesExactly(
                first -> assertThat(first).startsWith(bea.email() + " | Lina Lead invites you to a tender consortium: ")
                        .contains("the role “Sound designer”", "«You did the Belval app»"),
                second -> assertThat(second).startsWith(bea.email()).contains("the role “Studio”"),
                third -> assertThat(third).startsWith(carl.email()).contains("the role “Sound designer”"));
    }

    @Test
    void invitedPeopleAcceptOrDeclineAndOneAcceptedPartyFillsARole() {
        long id = tender(lina, role("Sound designer", Set.of(Sector.MUSIC)), role("Developer", Set.of(), "unity"));
        long sound = roleId(id, "Sound designer");
        long toBea = consortia.invite(sound, PartyKind.MEMBER, bea.memberId(), null);
        long toCarl = consortia.invite(sound, PartyKind.MEMBER, carl.memberId(), null);

        signIn(olga);
        assertThatThrownBy(() -> consortia.accept(toBea)).isInstanceOf(AccessDeniedException.class);
        signIn(bea);
        assertThat(consortia.invitations()).singleElement().satisfies(invitation -> {
            assertThat(invitation.roleName()).isEqualTo("Sound designer");
            assertThat(invitation.leadName()).isEqualTo("Lina Lead");
        });
        consortia.decline(toBea);
        assertThat(consortia.invitations()).isEmpty();
        assertThatThrownBy(() -> consortia.accept(toBea)).hasMessage("tender.invitation.answered");
        assertThat(consortia.card(id).roles().getFirst().filled()).as("declined: still missing").isFalse();

        signIn(carl);
        consortia.accept(toCarl);
        TenderCard card = consortia.card(id);
        assertThat(card.roles()).extracting(TenderCard.Role::filled).containsExactly(true, false);
        assertThat(card.team()).isTrue();
        assertThat(card.formed()).isFalse();

        signIn(lina);
        assertThatThrownBy(() -> consortia.invite(sound, PartyKind.MEMBER, olga.memberId(), null)).hasMessage("tender.role.filled");
        assertThat(consortia.candidates(sound)).as("a filled role proposes nobody").isEmpty();
        assertThat(consortia.mine()).singleElement().satisfies(summary -> {
            assertThat(summary.filled()).isEqualTo(1);
            assertThat(summary.roles()).isEqualTo(2);
            assertThat(summary.lead()).isTrue();
        });
        assertThat(published.stream(ConsortiumFormed.class)).isEmpty();
    }

    @Test
    void theConsortiumIsFormedOnceWhenTheLastRoleIsFilled() {
        long studio = organisation("Pixel Forge", carl, Set.of(Sector.DIGITAL_GAMES));
        long id = tender(lina, role("Sound designer", Set.of(Sector.MUSIC)), role("Studio", Set.of(Sector.DIGITAL_GAMES)),
                role("Writer", Set.of(Sector.PUBLISHING)));
        long toBea = consortia.invite(roleId(id, "Sound designer"), PartyKind.MEMBER, bea.memberId(), null);
        long toStudio = consortia.invite(roleId(id, "Studio"), PartyKind.ORGANISATION, studio, "Your engine team");
        long toOlga = consortia.invite(roleId(id, "Writer"), PartyKind.MEMBER, olga.memberId(), null);
        signIn(bea);
        consortia.accept(toBea);
        signIn(carl); // manages the invited organisation: answers for it
        assertThat(consortia.invitations()).singleElement().satisfies(invitation ->
                assertThat(invitation.organisationName()).isEqualTo("Pixel Forge"));
        consortia.accept(toStudio);
        assertThat(published.stream(ConsortiumFormed.class)).isEmpty();

        signIn(olga);
        consortia.decline(toOlga);
        signIn(lina);
        consortia.removeRole(roleId(id, "Writer")); // the last open role goes: every remaining role is filled
        assertThat(published.stream(ConsortiumFormed.class)).singleElement().satisfies(formed -> {
            assertThat(formed.tenderId()).isEqualTo(id);
            assertThat(formed.leadMemberId()).isEqualTo(lina.memberId());
            assertThat(formed.memberIds()).containsExactly(bea.memberId());
            assertThat(formed.organisationIds()).containsExactly(studio);
            assertThat(formed.at()).isEqualTo(NOW);
        });
        assertThat(consortia.card(id).formed()).isTrue();
        assertThatThrownBy(() -> consortia.addRole(id, role("Writer", Set.of(Sector.PUBLISHING)))).hasMessage("tender.formed");
        assertThatThrownBy(() -> consortia.removeRole(roleId(id, "Studio"))).hasMessage("tender.formed");
        assertThat(published.stream(ConsortiumFormed.class)).hasSize(1);
    }

    @Test
    void acceptingTheLastRolePublishesTheFormationExactlyOnce() {
        long id = tender(lina, role("Sound designer", Set.of(Sector.MUSIC)));
        long sound = roleId(id, "Sound designer");
        long toBea = consortia.invite(sound, PartyKind.MEMBER, bea.memberId(), null);
        long toCarl = consortia.invite(sound, PartyKind.MEMBER, carl.memberId(), null);
        signIn(bea);
        consortia.accept(toBea);
        signIn(carl);
        assertThatThrownBy(() -> consortia.accept(toCarl)).hasMessage("tender.role.filled");
        assertThat(published.stream(ConsortiumFormed.class)).singleElement()
                .satisfies(formed -> assertThat(formed.memberIds()).containsExactly(bea.memberId()));
    }

    @Test
    void aCardIsSeenOnlyByItsLeadItsInviteesAndTheManagersOfInvitedOrganisations() {
        MemberPrincipal staff = newMember("Sam Staff");
        long studio = organisation("Pixel Forge", carl, Set.of(Sector.DIGITAL_GAMES));
        asAdmin(() -> {
            organisations.addMember(studio, staff.memberId(), MembershipRole.MEMBER);
            return null;
        });
        long id = tender(lina, role("Sound designer", Set.of(Sector.MUSIC)), role("Studio", Set.of(Sector.DIGITAL_GAMES)));
        consortia.invite(roleId(id, "Sound designer"), PartyKind.MEMBER, bea.memberId(), null);
        consortia.invite(roleId(id, "Studio"), PartyKind.ORGANISATION, studio, null);

        for (MemberPrincipal seeing : List.of(lina, bea, carl)) {
            signIn(seeing);
            assertThat(consortia.card(id).title()).as(seeing.displayName()).isEqualTo("Esch heritage trail");
            assertThat(consortia.mine()).as(seeing.displayName()).extracting(TenderSummary::id).containsExactly(id);
        }
        for (MemberPrincipal outsider : List.of(olga, staff)) {
            signIn(outsider);
            assertThatThrownBy(() -> consortia.card(id)).as(outsider.displayName()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consortia.team(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consortia.candidates(roleId(id, "Studio"))).isInstanceOf(AccessDeniedException.class);
            assertThat(consortia.mine()).isEmpty();
            assertThat(consortia.invitations()).isEmpty();
        }
        signIn(bea);
        assertThatThrownBy(() -> consortia.candidates(roleId(id, "Studio"))).as("invitees do not see candidates")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consortia.teamCsv(id, Locale.ENGLISH)).as("not in the team until accepted")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consortia.card(id + 1000)).hasMessage("tender.not-found");
    }

    @Test
    void theTeamSheetListsEveryRoleWithEmailsOfAcceptedPartiesOnlyAndTypedTextStaysText() {
        long studio = organisation("=Pixel Forge", carl, Set.of(Sector.DIGITAL_GAMES));
        long id = tender(lina, role("=HYPERLINK(\"http://evil\")", Set.of(Sector.MUSIC)), role("Studio", Set.of(Sector.DIGITAL_GAMES)),
                role("Writer", Set.of(Sector.PUBLISHING)));
        long toBea = consortia.invite(roleId(id, "=HYPERLINK(\"http://evil\")"), PartyKind.MEMBER, bea.memberId(), null);
        long toStudio = consortia.invite(roleId(id, "Studio"), PartyKind.ORGANISATION, studio, null);
        consortia.invite(roleId(id, "Studio"), PartyKind.MEMBER, olga.memberId(), null);
        signIn(carl);
        consortia.accept(toStudio);
        String csv = consortia.teamCsv(id, Locale.ENGLISH);
        assertThat(csv.lines().toList()).containsExactly(
                "Role,Party,Organisation,Status,Email",
                "\"'=HYPERLINK(\"\"http://evil\"\")\",Bea Sound,,Invited,",
                "Studio,Carl Code,'=Pixel Forge,Accepted," + carl.email(),
                "Studio,Olga Outsider,,Invited,",
                "Writer,,,Missing,");
        assertThat(consortia.teamCsv(id, Locale.FRENCH).lines().findFirst()).contains("Rôle,Partenaire,Organisation,Statut,E-mail");
        assertThat(toBea).isPositive();
    }

    @Test
    void myTendersAndInvitationsAreExportedAndGoWithMyAccount() throws Exception {
        long id = tender(lina, role("Sound designer", Set.of(Sector.MUSIC)));
        long other = tender(bea, role("Developer", Set.of(), "unity"));
        consortia.invite(roleId(other, "Developer"), PartyKind.MEMBER, lina.memberId(), "Join us");
        signIn(lina);
        String export = new String(myData.export(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export).contains("\"tenders\"", "Esch heritage trail", "Sound designer", "Join us");
        myData.erase(PASSWORD);
        assertThat(jdbc.sql("select count(*) from tender where id = :id").param("id", id).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from tender_invitation where member_id = :m").param("m", lina.memberId())
                .query(Integer.class).single()).isZero();
        signIn(bea);
        assertThat(consortia.card(other).roles().getFirst().invitations()).isEmpty();
    }

    @Test
    void noInvitationsAfterTheDeadline() {
        long id = tender(lina, role("Sound designer", Set.of(Sector.MUSIC)));
        clock.advance(java.time.Duration.ofDays(10));
        assertThat(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThatThrownBy(() -> consortia.invite(roleId(id, "Sound designer"), PartyKind.MEMBER, bea.memberId(), null))
                .hasMessage("tender.deadline.passed");
    }
}
