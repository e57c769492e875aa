package eu.hubtable.demo;

import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** The demo's rooms: one live now (so a visitor can sit down at once), one next week, one in the past. */
final class DemoRooms {

    private static final String ZONE = "Europe/Luxembourg";

    private DemoRooms() {
    }

    /** Returns the live room. */
    static long seed(Rooms rooms, Clock clock, long hub, long facilitator) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of(ZONE))).truncatedTo(ChronoUnit.HOURS);
        long live = rooms.create(new RoomForm(hub, "Going international: export markets", "Internationalisation",
                "The internationalisation working group meets at three round tables: markets abroad, funding for export, "
                        + "and trade fairs. Sit where your question is; the facilitator shuffles for the second round.",
                now, now.plusHours(4), ZONE, RoomVisibility.MEMBERS, 60, Set.of(facilitator),
                List.of(new TableForm("Markets abroad", "Which country next, and how to test it", 6, "https://meet.jit.si/hubtable-demo-markets"),
                        new TableForm("Funding for export", "Grants, loans and co-financing", 6, null),
                        new TableForm("Trade fairs", "Which fairs pay off for small studios", 6, null))));
        rooms.open(live);
        rooms.create(new RoomForm(hub, "Sound for games: meet the studios", "Audio", null, now.plusDays(7),
                now.plusDays(7).plusHours(2), ZONE, RoomVisibility.MEMBERS, 30, Set.of(facilitator),
                List.of(new TableForm("Composers", null, 6, null), new TableForm("Sound designers", null, 6, null))));
        long past = rooms.create(new RoomForm(hub, "Kick-off: internationalisation working group", "Internationalisation", null,
                now.minusDays(14), now.minusDays(14).plusHours(2), ZONE, RoomVisibility.MEMBERS, 30, Set.of(facilitator),
                List.of(new TableForm("Needs", null, 8, null), new TableForm("Offers", null, 8, null))));
        rooms.open(past);
        rooms.close(past);
        return live;
    }
}
