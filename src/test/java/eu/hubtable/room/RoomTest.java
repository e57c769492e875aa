package eu.hubtable.room;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.ServiceTest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A hub with a manager who plans rooms: the setting of every room test. */
abstract class RoomTest extends ServiceTest {

    @Autowired
    protected Rooms rooms;

    @Autowired
    protected Seating seating;

    @Autowired
    protected RoomChat chat;

    @Autowired
    protected Organisations organisations;

    protected MemberPrincipal manager;
    protected long hub;

    @BeforeEach
    void hubWithManager() {
        manager = newMember("Manon Hub");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manager.memberId(), OrganisationKind.HUB,
                    "Luxembourg", "LU", null, null));
            organisations.addMember(id, manager.memberId(), MembershipRole.MANAGER);
            return id;
        });
    }

    /** An open room with the given tables (name "Table 1", "Table 2"... with these seats), planned by the manager. */
    protected long openRoom(RoomVisibility visibility, int... seats) {
        signIn(manager);
        List<TableForm> tables = new java.util.ArrayList<>();
        for (int i = 0; i < seats.length; i++) {
            tables.add(new TableForm("Table " + (i + 1), "Topic " + (i + 1), seats[i], null));
        }
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        long roomId = rooms.create(new RoomForm(hub, "Going international", "Internationalisation", "Export markets",
                start, start.plusHours(2), "Europe/Luxembourg", visibility, 200, Set.of(), tables));
        rooms.open(roomId);
        return roomId;
    }

    protected long tableId(long roomId, int index) {
        return seating.tables(roomId).get(index).id();
    }
}
