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
import eu.hubtable.group.Deliverables;
import eu.hubtable.group.GroupHealth;
import eu.hubtable.group.GroupSessions;
import eu.hubtable.group.GroupStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hub's managers see every group's rhythm and open work; its members do not see the view at all. */
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

        login(paul);
        assertThatThrownBy(() -> navigate("hubs/" + hub + "/steering")).hasRootCauseInstanceOf(NotFoundException.class);
    }

    private long room(String title, LocalDateTime start) {
        return rooms.create(new RoomForm(hub, title, "Internationalisation", null, start, start.plusHours(2),
                "Europe/Luxembourg", RoomVisibility.MEMBERS, 40, Set.of(manon.memberId()), List.of(new TableForm("Plenary", null, 30, null))));
    }

}
