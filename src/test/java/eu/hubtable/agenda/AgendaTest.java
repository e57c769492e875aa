package eu.hubtable.agenda;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import eu.hubtable.support.ServiceTest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hub's working-group session co-facilitated by two members (Manon, the hub manager who planned
 * the room, and Chloé from a partner organisation), with an agenda: the setting of agenda tests.
 */
public abstract class AgendaTest extends ServiceTest {

    @Autowired
    protected Agendas agendas;

    @Autowired
    protected RunOfShow runOfShow;

    @Autowired
    protected ActionItems actionItems;

    @Autowired
    protected AgendaTemplates templates;

    @Autowired
    protected AgendaExport export;

    @Autowired
    protected Rooms rooms;

    @Autowired
    protected eu.hubtable.event.Events events;

    @Autowired
    protected Organisations organisations;

    protected MemberPrincipal manon;
    protected MemberPrincipal chloe;
    protected long hub;
    protected long room;
    protected long agenda;

    @BeforeEach
    void coFacilitatedSession() {
        manon = newMember("Manon Hub");
        chloe = newMember("Chloé Partner");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB,
                    "Luxembourg", "LU", null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            return id;
        });
        signIn(manon);
        LocalDateTime start = LocalDateTime.of(2026, 12, 3, 14, 0);
        room = rooms.create(new RoomForm(hub, "Internationalisation WG #4", "Internationalisation", null, start,
                start.plusHours(2), "Europe/Luxembourg", RoomVisibility.MEMBERS, 40,
                Set.of(manon.memberId(), chloe.memberId()), List.of(new TableForm("Plenary", null, 30, null))));
        agenda = agendas.createForRoom(room, null);
    }

    protected long item(String title, int minutes) {
        return agendas.addItem(agenda, title, minutes);
    }

    protected List<String> titles() {
        return agendas.sheet(agenda).items().stream().map(AgendaSheet.Item::title).toList();
    }
}
