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
import eu.hubtable.agenda.ActionItems;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.agenda.ItemField;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.ui.component.CsvDownload;
import eu.hubtable.group.Deliverables;
import eu.hubtable.group.GroupRole;
import eu.hubtable.group.GroupSessions;
import eu.hubtable.group.WorkingGroups;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomHeld;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import eu.hubtable.support.KaribuTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hub manager creates a group, a co-lead logs a session's outcome as a decision, a hub member asks to
 * join; a held session shows who came, and each of the page's tables downloads as CSV.
 */
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

    @Autowired
    ActionItems actionItems;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

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

    @Test
    void aHeldSessionShowsWhoOfTheMembersCameAndEveryTableDownloadsAsCsv() {
        clock.pin(Instant.parse("2026-12-01T08:00:00Z"));
        signIn(manon);
        long group = groups.create(hub, "Internationalisation", null);
        groups.invite(group, paul.memberId(), GroupRole.MEMBER);
        LocalDateTime start = LocalDateTime.of(2026, 12, 3, 14, 0);
        long room = rooms.create(new RoomForm(hub, "Internationalisation WG #1", "Internationalisation", null, start, start.plusHours(2),
                "Europe/Luxembourg", RoomVisibility.MEMBERS, 40, Set.of(manon.memberId()), List.of(new TableForm("Plenary", null, 30, null))));
        long session = sessions.linkRoom(group, room);
        long item = agendas.addItem(sessions.startAgenda(session, null), "Export barriers", 30);
        agendas.edit(item, ItemField.OUTCOME, null, "Ask the ministry for a visa desk");
        sessions.promote(session, item);
        actionItems.add(item, "Draft the letter", paul.memberId(), LocalDate.of(2026, 12, 5));
        deliverables.add(group, "Export roadmap", null, null, "https://roadmap.example.org");
        signIn(paul);
        groups.answer(groups.page(group).invitationId(), true);
        transactions.executeWithoutResult(status -> publisher.publishEvent(new RoomHeld(room, hub, Instant.parse("2026-12-03T13:00:00Z"),
                Instant.parse("2026-12-03T15:00:00Z"), List.of(manon.memberId()))));
        clock.pin(Instant.parse("2026-12-10T09:00:00Z"));

        login(manon);
        navigate("groups/" + group);
        assertThat(_get(Span.class, spec -> spec.withId("session-attendance-" + session)).getText())
                .isEqualTo("1 of 2 members came · 1 person in all · entered the room");
        assertThat(csv("sessions-csv")).containsExactly(
                "Session,Starts,Held,Members who came,Members expected,Attendance %,People in all,Counted as",
                "Internationalisation WG #1,2026-12-03 14:00,2026-12-03 16:00,1,2,50,1,entered the room");
        assertThat(csv("decisions-csv")).containsExactly("Decided on,Session,Decision,Logged by",
                "2026-12-03,Internationalisation WG #1,Ask the ministry for a visa desk,Manon Hub");
        assertThat(csv("actions-csv")).containsExactly("Action,Assignee,Session,Due on,Overdue",
                "Draft the letter,Paul Member,Internationalisation WG #1,2026-12-05,yes");
        assertThat(csv("deliverables-csv")).containsExactly("Title,Status,Owner,Due on,Link,Document",
                "Export roadmap,Draft,,,https://roadmap.example.org,");
    }

    private static List<String> csv(String id) {
        return _get(CsvDownload.class, spec -> spec.withId(id)).csv().lines().toList();
    }
}
