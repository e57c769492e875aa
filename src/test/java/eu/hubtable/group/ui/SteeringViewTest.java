package eu.hubtable.group.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.NotFoundException;
import eu.hubtable.agenda.ActionItems;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.ui.component.CsvDownload;
import eu.hubtable.group.Deliverables;
import eu.hubtable.group.GroupHealth;
import eu.hubtable.group.GroupRole;
import eu.hubtable.group.GroupSessions;
import eu.hubtable.group.GroupStatus;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hub's managers see every group's rhythm, attendance trend and open work, and take the table away as
 * CSV; its members do not see the view at all.
 */
class SteeringViewTest extends KaribuTest {

    @Autowired
    WorkingGroups groups;

    @Autowired
    GroupSessions sessions;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Organisations organisations;

    @Autowired
    Rooms rooms;

    @Autowired
    Agendas agendas;

    @Autowired
    ActionItems actionItems;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    private MemberPrincipal manon;
    private long hub;

    @Test
    void managersSeeEachGroupsNextSessionOverdueActionsAndDeliverablesDue() {
        manon = newMember("Manon Hub");
        MemberPrincipal paul = newMember("Paul Member");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            organisations.addMember(id, paul.memberId(), MembershipRole.MEMBER);
            return id;
        });
        clock.pin(Instant.parse("2026-12-01T09:00:00Z"));
        signIn(manon);
        long export = groups.create(hub, "Export", null);
        long skills = groups.create(hub, "Skills", null);
        long venues = groups.create(hub, "Venues", null);
        long past = room("Export WG #1", LocalDateTime.of(2026, 12, 3, 14, 0));
        long upcoming = room("Export WG #2", LocalDateTime.of(2027, 1, 14, 14, 0));
        long exportAgenda = sessions.startAgenda(sessions.linkRoom(export, past), null);
        sessions.linkRoom(export, upcoming);
        long item = agendas.addItem(exportAgenda, "Barriers", 20);
        actionItems.add(item, "Draft the letter", manon.memberId(), LocalDate.of(2026, 12, 5));
        actionItems.add(item, "Call the ministry", manon.memberId(), LocalDate.of(2027, 1, 5));
        sessions.linkRoom(venues, room("Venues WG #1", LocalDateTime.of(2027, 1, 20, 10, 0)));
        deliverables.add(skills, "Skills map", null, LocalDate.of(2026, 12, 30), null);
        groups.invite(export, paul.memberId(), GroupRole.MEMBER);
        long followUp = room("Export WG #1b", LocalDateTime.of(2026, 12, 5, 14, 0));
        sessions.linkRoom(export, followUp);
        signIn(paul);
        groups.answer(groups.page(export).invitationId(), true);
        held(new RoomHeld(past, hub, Instant.parse("2026-12-03T13:00:00Z"), Instant.parse("2026-12-03T15:00:00Z"),
                List.of(manon.memberId())));
        held(new RoomHeld(followUp, hub, Instant.parse("2026-12-05T13:00:00Z"), Instant.parse("2026-12-05T15:00:00Z"),
                List.of(manon.memberId(), paul.memberId())));
        clock.pin(Instant.parse("2026-12-10T09:00:00Z"));

        login(manon);
        navigate("hubs/" + hub + "/steering");
        @SuppressWarnings("unchecked")
        Grid<GroupStatus> grid = _get(Grid.class, spec -> spec.withId("steering-groups"));
        List<GroupStatus> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row)).toList();
        assertThat(rows).extracting(GroupStatus::name, GroupStatus::health, GroupStatus::nextSession, GroupStatus::openActions,
                        GroupStatus::overdueActions, GroupStatus::deliverablesDue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Export", GroupHealth.ATTENTION, "Export WG #2", 2, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("Skills", GroupHealth.ATTENTION, null, 0, 0, 1),
                        org.assertj.core.groups.Tuple.tuple("Venues", GroupHealth.ON_TRACK, "Venues WG #1", 0, 0, 0));
        // the time's separator before "AM" differs between JDKs: the date is what matters here
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("On track")
                .anySatisfy(cell -> assertThat(cell).startsWith("Venues WG #1 · Jan 20, 2027, 10:00"));
        assertThat(GridKt._getFormattedRow(grid, 0)).containsSequence("2", "50% → 100%", "Rising");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsSequence("1", "", "No sessions held yet");

        CsvDownload csv = _get(CsvDownload.class, spec -> spec.withId("steering-csv"));
        assertThat(csv.getElement().getAttribute("download")).isNotNull();
        assertThat(csv.csv().lines()).hasSize(4).satisfiesExactly(
                header -> assertThat(header).isEqualTo("Working group,Status,Members,\"Attendance, last 5 sessions\",Attendance trend,"
                        + "Next session,Decisions,Open actions,Overdue actions,Deliverables due within 30 days,Overdue deliverables"),
                exportRow -> assertThat(exportRow).startsWith("Export,Needs attention,2,50% → 100%,Rising,\"Export WG #2 · Jan 14, 2027")
                        .endsWith(",0,2,1,0,0"),
                skillsRow -> assertThat(skillsRow).isEqualTo("Skills,Needs attention,1,,No sessions held yet,None planned,0,0,0,1,0"),
                venuesRow -> assertThat(venuesRow).startsWith("Venues,On track,1,,No sessions held yet,\"Venues WG #1 · Jan 20, 2027"));

        login(paul);
        assertThatThrownBy(() -> navigate("hubs/" + hub + "/steering")).hasRootCauseInstanceOf(NotFoundException.class);
    }

    /** Announced in a transaction, as the room module does once a room was held. */
    private void held(RoomHeld room) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(room));
    }

    private long room(String title, LocalDateTime start) {
        return rooms.create(new RoomForm(hub, title, "Internationalisation", null, start, start.plusHours(2),
                "Europe/Luxembourg", RoomVisibility.MEMBERS, 40, Set.of(manon.memberId()), List.of(new TableForm("Plenary", null, 30, null))));
    }

}
