package eu.hubtable.group.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.agenda.ItemField;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.group.Deliverables;
import eu.hubtable.group.GroupSessions;
import eu.hubtable.group.WorkingGroups;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import eu.hubtable.support.KaribuTest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A hub manager creates a group, a co-lead logs a session's outcome as a decision, a hub member asks to join. */
class GroupViewTest extends KaribuTest {

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
    Deliverables deliverables;

    private MemberPrincipal manon;
    private MemberPrincipal paul;
    private long hub;

    @BeforeEach
    void hub() {
        manon = newMember("Manon Hub");
        paul = newMember("Paul Member");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            organisations.addMember(id, paul.memberId(), MembershipRole.MEMBER);
            return id;
        });
    }

    @Test
    void aManagerCreatesAGroupAndAnEmptyNameIsRefusedNextToTheField() {
        login(manon);
        navigate("groups");
        _click(_get(Button.class, spec -> spec.withId("create-group")));
        TextField name = _get(TextField.class, spec -> spec.withId("group-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the group a name.");
        assertThat(groups.list()).isEmpty();

        _setValue(name, "Internationalisation");
        _setValue(_get(TextArea.class, spec -> spec.withId("group-purpose")), "Export roadmap for the ministry");
        _click(_get(Button.class, spec -> spec.withId("create-group")));
        assertThat(currentPath()).startsWith("groups/");
        assertThat(_get(Div.class, spec -> spec.withId("group-members")).getElement().getTextRecursively())
                .contains("Manon Hub · Co-lead");
    }

    @Test
    void aCoLeadLogsAnOutcomeOnceAndAHubMemberAsksToJoin() {
        signIn(manon);
        long group = groups.create(hub, "Internationalisation", "Export roadmap for the ministry");
        LocalDateTime start = LocalDateTime.of(2026, 12, 3, 14, 0);
        long room = rooms.create(new RoomForm(hub, "Internationalisation WG #1", "Internationalisation", null, start, start.plusHours(2),
                "Europe/Luxembourg", RoomVisibility.MEMBERS, 40, Set.of(manon.memberId()), List.of(new TableForm("Plenary", null, 30, null))));
        long session = sessions.linkRoom(group, room);
        long agenda = sessions.startAgenda(session, null);
        long item = agendas.addItem(agenda, "Export barriers", 30);
        agendas.edit(item, ItemField.OUTCOME, null, "Ask the ministry for a visa desk");

        login(manon);
        navigate("groups/" + group);
        assertThat(_get(Anchor.class, spec -> spec.withId("session-agenda-" + session)).getHref()).isEqualTo("agendas/" + agenda);
        assertThat(_get(Div.class, spec -> spec.withId("group-decisions")).getElement().getTextRecursively())
                .contains("No decisions logged yet.");
        _click(_get(Button.class, spec -> spec.withId("promote-" + item)));
        NotificationsKt.expectNotifications("Decision logged");
        assertThat(_get(Div.class, spec -> spec.withId("group-decisions")).getElement().getTextRecursively())
                .contains("Internationalisation WG #1: Ask the ministry for a visa desk", "logged by Manon Hub");
        _click(_get(Button.class, spec -> spec.withId("promote-" + item)));
        NotificationsKt.expectNotifications("This outcome is already in the decision log.");
        assertThat(groups.page(group).decisions()).hasSize(1);

        login(paul);
        navigate("groups/" + group);
        assertThat(_find(Div.class, spec -> spec.withId("group-decisions"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("group-joining")).getElement().getTextRecursively())
                .contains("You are not in this group");
        _click(_get(Button.class, spec -> spec.withId("join-group")));
        assertThat(_get(Div.class, spec -> spec.withId("group-joining")).getElement().getTextRecursively())
                .contains("Your request to join is waiting for a co-lead.");
        assertThat(groups.page(group).requested()).isTrue();

        assertThatThrownBy(() -> navigate("groups/" + (group + 1000))).hasRootCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void aCoLeadAddsADeliverableAndMovesItForward() {
        signIn(manon);
        long group = groups.create(hub, "Internationalisation", null);
        login(manon);
        navigate("groups/" + group);
        _setValue(_get(TextField.class, spec -> spec.withId("deliverable-title")), "Export roadmap");
        _setValue(_get(TextField.class, spec -> spec.withId("deliverable-link")), "roadmap.example.org");
        _click(_get(Button.class, spec -> spec.withId("add-deliverable")));
        TextField link = _get(TextField.class, spec -> spec.withId("deliverable-link"));
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).isEqualTo("Enter a web address starting with https://");

        _setValue(link, "https://roadmap.example.org");
        _click(_get(Button.class, spec -> spec.withId("add-deliverable")));
        long id = deliverables.of(group).getFirst().id();
        assertThat(_get(Span.class, spec -> spec.withId("deliverable-status-" + id)).getText()).isEqualTo("Draft");
        _click(_get(Button.class, spec -> spec.withId("deliverable-advance-" + id)));
        assertThat(_get(Span.class, spec -> spec.withId("deliverable-status-" + id)).getText()).isEqualTo("In review");
    }

    @Test
    void aCoLeadLinksAnUpcomingRoomOfTheHubAsASession() {
        signIn(manon);
        long group = groups.create(hub, "Internationalisation", null);
        LocalDateTime start = LocalDateTime.now().plusDays(7).withHour(14).withMinute(0).withSecond(0).withNano(0);
        long room = rooms.create(new RoomForm(hub, "Internationalisation WG #2", "Internationalisation", null, start, start.plusHours(2),
                "Europe/Luxembourg", RoomVisibility.MEMBERS, 40, Set.of(manon.memberId()), List.of(new TableForm("Plenary", null, 30, null))));
        login(manon);
        navigate("groups/" + group);
        @SuppressWarnings("unchecked")
        Select<GroupSessions.SessionChoice> choice = _get(Select.class, spec -> spec.withId("session-choice"));
        assertThat(choice.getListDataView().getItems().map(GroupSessions.SessionChoice::roomId)).containsExactly(room);
        _setValue(choice, choice.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("link-session")));
        assertThat(_get(Div.class, spec -> spec.withId("group-sessions")).getElement().getTextRecursively())
                .contains("Upcoming", "Internationalisation WG #2");
        @SuppressWarnings("unchecked")
        Select<GroupSessions.SessionChoice> after = _get(Select.class, spec -> spec.withId("session-choice"));
        assertThat(after.getListDataView().getItems()).isEmpty();
    }
}
