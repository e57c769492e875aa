package eu.hubtable.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.agenda.AgendaSheet;
import eu.hubtable.agenda.AgendaTemplates;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.agenda.ItemField;
import eu.hubtable.agenda.ActionItems;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.member.MemberErased;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import eu.hubtable.support.ServiceTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A hub's internationalisation working group: Manon (hub manager) creates it, Chloé from a partner
 * company co-leads, Paul (a hub member) asks to join, Olga (no hub member) only sees its purpose.
 */
@RecordApplicationEvents
class WorkingGroupsTest extends ServiceTest {

    @Autowired
    WorkingGroups groups;

    @Autowired
    GroupSessions sessions;

    @Autowired
    Organisations organisations;

    @Autowired
    Rooms rooms;

    @Autowired
    Agendas agendas;

    @Autowired
    AgendaTemplates templates;

    @Autowired
    ActionItems actionItems;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationEvents published;

    @Autowired
    GroupDataSection dataSection;

    MemberPrincipal manon;
    MemberPrincipal chloe;
    MemberPrincipal paul;
    MemberPrincipal olga;
    long hub;
    long company;

    @BeforeEach
    void hubWithMembers() {
        manon = newMember("Manon Hub");
        chloe = newMember("Chloé Partner");
        paul = newMember("Paul Member");
        olga = newMember("Olga Outsider");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB, "Luxembourg",
                    "LU", null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            organisations.addMember(id, paul.memberId(), MembershipRole.MEMBER);
            return id;
        });
        company = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Studio " + chloe.memberId(), OrganisationKind.COMPANY, null, null, null, null));
            organisations.addMember(id, chloe.memberId(), MembershipRole.MANAGER);
            return id;
        });
    }

    private long internationalisation() {
        signIn(manon);
        long group = groups.create(hub, "Internationalisation", "Export roadmap for the ministry");
        groups.invite(group, chloe.memberId(), GroupRole.CO_LEAD);
        signIn(chloe);
        groups.answer(groups.page(group).invitationId(), true);
        return group;
    }

    @Test
    void onlyAHubsManagersCreateGroupsAndBadFormsAreRefusedByField() {
        signIn(paul);
        assertThatThrownBy(() -> groups.create(hub, "Mine", null)).isInstanceOf(AccessDeniedException.class);
        signIn(chloe);
        assertThatThrownBy(() -> groups.create(company, "Not a hub", null)).isInstanceOf(GroupRefused.class)
                .hasMessage("group.hub.not-a-hub");
        signIn(manon);
        assertThatThrownBy(() -> groups.create(hub, "  ", null)).isInstanceOfSatisfying(GroupRejected.class,
                rejected -> assertThat(rejected.problems()).containsEntry(GroupRejected.Field.NAME, "group.name.required"));
        assertThatThrownBy(() -> groups.create(hub, "x".repeat(WorkingGroups.MAX_NAME + 1), null))
                .isInstanceOfSatisfying(GroupRejected.class,
                        rejected -> assertThat(rejected.problems()).containsEntry(GroupRejected.Field.NAME, "group.name.too-long"));
        long group = groups.create(hub, "Internationalisation", null);
        assertThatThrownBy(() -> groups.create(hub, "Internationalisation", null)).isInstanceOfSatisfying(GroupRejected.class,
                rejected -> assertThat(rejected.problems()).containsEntry(GroupRejected.Field.NAME, "group.name.taken"));
        assertThat(groups.page(group).members()).extracting(GroupPage.Person::displayName, GroupPage.Person::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Manon Hub", GroupRole.CO_LEAD));
    }

    @Test
    void coLeadsFromTwoOrganisationsAnswerRequestsAndOutsidersSeeOnlyThePurpose() {
        long group = internationalisation();
        assertThat(groups.page(group).myRole()).isEqualTo(GroupRole.CO_LEAD);

        signIn(olga);
        GroupPage outside = groups.page(group);
        assertThat(outside.visible()).isFalse();
        assertThat(outside.purpose()).isEqualTo("Export roadmap for the ministry");
        assertThat(outside.members()).isEmpty();
        assertThatThrownBy(() -> groups.requestToJoin(group)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.openActions(group)).isInstanceOf(AccessDeniedException.class);

        signIn(paul);
        assertThat(groups.list()).extracting(GroupCard::name, GroupCard::myRole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Internationalisation", null));
        signIn(olga);
        assertThat(groups.list()).isEmpty();
        signIn(paul);
        long request = groups.requestToJoin(group);
        assertThatThrownBy(() -> groups.requestToJoin(group)).hasMessage("group.request.pending");
        assertThat(groups.page(group).requested()).isTrue();
        assertThatThrownBy(() -> groups.answer(request, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.invite(group, olga.memberId(), GroupRole.MEMBER)).isInstanceOf(AccessDeniedException.class);

        signIn(chloe);
        assertThat(groups.page(group).pending()).extracting(GroupPage.Pending::displayName).containsExactly("Paul Member");
        groups.answer(request, true);
        groups.invite(group, olga.memberId(), GroupRole.OBSERVER);

        signIn(olga);
        assertThat(groups.list()).extracting(GroupCard::name, GroupCard::invited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Internationalisation", true));
        groups.answer(groups.page(group).invitationId(), true);
        GroupPage observed = groups.page(group);
        assertThat(observed.visible()).isTrue();
        assertThat(observed.leading()).isFalse();
        assertThat(observed.members()).extracting(GroupPage.Person::displayName)
                .containsExactly("Chloé Partner", "Manon Hub", "Paul Member", "Olga Outsider");
        assertThatThrownBy(() -> groups.changeRole(group, paul.memberId(), GroupRole.CO_LEAD)).isInstanceOf(AccessDeniedException.class);

        signIn(chloe);
        assertThatThrownBy(() -> groups.invite(group, paul.memberId(), GroupRole.MEMBER)).hasMessage("group.member.already");
    }

    @Test
    void aDeclinedRequestLeavesNoMembershipAndTheLastCoLeadCannotLeave() {
        signIn(manon);
        long group = groups.create(hub, "Skills", null);
        signIn(paul);
        long request = groups.requestToJoin(group);
        signIn(manon);
        groups.answer(request, false);
        assertThat(groups.page(group).members()).extracting(GroupPage.Person::displayName).containsExactly("Manon Hub");
        assertThatThrownBy(() -> groups.remove(group, manon.memberId())).hasMessage("group.lead.last");
        assertThatThrownBy(() -> groups.changeRole(group, manon.memberId(), GroupRole.MEMBER)).hasMessage("group.lead.last");
        signIn(paul);
        assertThat(groups.page(group).requested()).isFalse();
        groups.requestToJoin(group);
        signIn(manon);
        groups.answer(groups.page(group).pending().getFirst().id(), true);
        signIn(paul);
        groups.remove(group, paul.memberId());
        assertThat(groups.page(group).visible()).isFalse();
    }

    private long room(String title, LocalDateTime start, Set<Long> facilitators) {
        signIn(manon);
        return rooms.create(new RoomForm(hub, title, "Internationalisation", null, start, start.plusHours(2), "Europe/Luxembourg",
                RoomVisibility.MEMBERS, 40, facilitators, List.of(new TableForm("Plenary", null, 30, null))));
    }

    @Test
    void sessionsStartFromTheGroupsTemplateAndOutcomesArePromotedOnce() {
        long group = internationalisation();
        long first = room("Internationalisation WG #1", LocalDateTime.of(2026, 12, 3, 14, 0), Set.of(manon.memberId(), chloe.memberId()));
        long second = room("Internationalisation WG #2", LocalDateTime.of(2027, 1, 14, 14, 0), Set.of(manon.memberId(), chloe.memberId()));
        signIn(chloe);
        long session = sessions.linkRoom(group, first);
        assertThatThrownBy(() -> sessions.linkRoom(group, first)).hasMessage("group.session.linked");
        long agenda = sessions.startAgenda(session, null);
        long item = agendas.addItem(agenda, "Export barriers", 30);
        agendas.addItem(agenda, "Roadmap outline", 20);
        long template = templates.save(agenda, "Internationalisation WG");
        assertThat(agendas.edit(item, ItemField.OUTCOME, null, "Ask the ministry for a visa desk")).isNotNull();
        actionItems.add(item, "Draft the letter", paul.memberId(), LocalDate.of(2026, 12, 10));

        long next = sessions.linkRoom(group, second);
        assertThat(sessions.templates(next)).extracting(t -> t.name()).contains("Internationalisation WG");
        long nextAgenda = sessions.startAgenda(next, template);
        assertThat(agendas.sheet(nextAgenda).items()).extracting(AgendaSheet.Item::title)
                .containsExactly("Export barriers", "Roadmap outline");

        assertThat(sessions.outcomes(session)).extracting(GroupSessions.Outcome::text, GroupSessions.Outcome::promoted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ask the ministry for a visa desk", false));
        sessions.promote(session, item);
        assertThatThrownBy(() -> sessions.promote(session, item)).hasMessage("group.decision.already");
        assertThat(published.stream(DecisionPromoted.class)).singleElement()
                .satisfies(decision -> assertThat(decision.organisationId()).isEqualTo(hub));

        GroupPage page = groups.page(group);
        assertThat(page.sessions()).extracting(GroupPage.Session::title)
                .containsExactly("Internationalisation WG #2", "Internationalisation WG #1");
        assertThat(page.decisions()).extracting(GroupPage.Decision::decidedOn, GroupPage.Decision::session,
                GroupPage.Decision::text, GroupPage.Decision::promotedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 3), "Internationalisation WG #1",
                        "Ask the ministry for a visa desk", "Chloé Partner"));
        assertThat(sessions.openActions(group)).extracting(GroupSessions.OpenAction::text, GroupSessions.OpenAction::assignee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Draft the letter", "Paul Member"));
    }

    @Test
    void onlyCoLeadsLinkSessionsOfTheirOwnHubAndStartAgendasTheyFacilitate() {
        long group = internationalisation();
        long notFacilitated = room("Hub plenary", LocalDateTime.of(2026, 12, 3, 9, 0), Set.of(manon.memberId()));
        long elsewhere = asAdmin(() -> organisations.create(new NewOrganisation("Other Hub", OrganisationKind.HUB, null, null, null, null)));
        asAdmin(() -> {
            organisations.addMember(elsewhere, chloe.memberId(), MembershipRole.MANAGER);
            return null;
        });
        signIn(chloe);
        LocalDateTime start = LocalDateTime.of(2026, 12, 5, 9, 0);
        long otherRoom = rooms.create(new RoomForm(elsewhere, "Other hub meeting", "Internationalisation", null, start,
                start.plusHours(1), "Europe/Luxembourg", RoomVisibility.MEMBERS, 10, Set.of(chloe.memberId()),
                List.of(new TableForm("Board", null, 10, null))));
        assertThatThrownBy(() -> sessions.linkRoom(group, otherRoom)).hasMessage("group.session.other-hub");
        long session = sessions.linkRoom(group, notFacilitated);
        assertThatThrownBy(() -> sessions.startAgenda(session, null)).hasMessage("group.session.not-facilitating");

        signIn(paul);
        assertThatThrownBy(() -> sessions.linkRoom(group, notFacilitated)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.startAgenda(session, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anErasedMemberLeavesTheGroupAndTheirDecisionsStayWithoutAName() {
        long group = internationalisation();
        long first = room("Internationalisation WG #1", LocalDateTime.of(2026, 12, 3, 14, 0), Set.of(chloe.memberId()));
        signIn(chloe);
        long session = sessions.linkRoom(group, first);
        long item = agendas.addItem(sessions.startAgenda(session, null), "Export barriers", 30);
        agendas.edit(item, ItemField.OUTCOME, null, "Visa desk");
        sessions.promote(session, item);
        assertThat(dataSection.exportFor(chloe.memberId())).asString()
                .contains("Internationalisation", "CO_LEAD", "Visa desk");
        publisher.publishEvent(new MemberErased(chloe.memberId()));
        signIn(manon);
        GroupPage page = groups.page(group);
        assertThat(page.members()).extracting(GroupPage.Person::displayName).containsExactly("Manon Hub");
        assertThat(page.decisions()).extracting(GroupPage.Decision::text, GroupPage.Decision::promotedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Visa desk", null));
    }
}
