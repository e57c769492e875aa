package eu.hubtable.demo;

import eu.hubtable.event.EventForm;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.Events;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.Venue;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The demo's events at the Luxembourg hub: a studio visit in the hub's hall (company presentation
 * plus a workshop) next week, and a small FabLab session that is nearly full.
 */
@Component
class DemoEvents {

    private static final String ZONE = "Europe/Luxembourg";

    private final Events events;
    private final Organisations organisations;
    private final Clock clock;

    DemoEvents(Events events, Organisations organisations, Clock clock) {
        this.events = events;
        this.organisations = organisations;
        this.clock = clock;
    }

    void seed(long hub) {
        LocalDateTime today = LocalDateTime.now(clock.withZone(ZoneId.of(ZONE))).truncatedTo(ChronoUnit.DAYS);
        long hall = venue(hub, "Hub main hall");
        long fabLab = venue(hub, "FabLab");
        LocalDateTime visit = today.plusDays(7).withHour(17);
        events.create(new EventForm(hub, hall, null, "Studio visit: how a games studio ships", "Games",
                "A member company opens its pipeline, then we work on your questions in small groups.",
                "Pixel Forge (12 people) shows how it plans, builds and ships a game, and what it buys in from other studios.",
                "Funding a first game: grants, publishers, co-production", EventFormat.IN_PERSON, visit, visit.plusHours(3), ZONE,
                40, visit.minusDays(1)));
        LocalDateTime lab = today.plusDays(10).withHour(14);
        events.create(new EventForm(hub, fabLab, null, "FabLab afternoon: prototyping props", "Crafts",
                "Laser cutter and 3D printers, with the FabLab team.", null, "From sketch to prototype in an afternoon",
                EventFormat.IN_PERSON, lab, lab.plusHours(3), ZONE, 8, null));
    }

    private long venue(long hub, String name) {
        return organisations.venuesOf(hub).stream().filter(v -> v.name().equals(name)).findFirst().map(Venue::id).orElseThrow();
    }
}
