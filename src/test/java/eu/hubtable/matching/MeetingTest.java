package eu.hubtable.matching;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.event.EventForm;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.Events;
import eu.hubtable.event.Rsvps;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.VenueForm;
import eu.hubtable.support.ServiceTest;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hub (Manon manages it) holding an event in its hall on 3 December 2026, 14:00–17:00 Luxembourg
 * time, seen from 1 December. Léa, Tom, Chloé and Paul are going; Nina is not.
 */
abstract class MeetingTest extends ServiceTest {

    protected static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    protected static final LocalDateTime TWO_PM = LocalDateTime.of(2026, 12, 3, 14, 0);

    @Autowired
    protected MeetingSlots slots;

    @Autowired
    protected Events events;

    @Autowired
    protected Rsvps rsvps;

    @Autowired
    protected Organisations organisations;

    @Autowired
    protected JdbcClient jdbc;

    protected MemberPrincipal manon;
    protected MemberPrincipal lea;
    protected MemberPrincipal tom;
    protected MemberPrincipal chloe;
    protected MemberPrincipal paul;
    protected MemberPrincipal nina;
    protected long hub;
    protected long hall;
    protected long event;

    @BeforeEach
    void eventWithParticipants() {
        clock.pin(NOW);
        manon = newMember("Manon Hub");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB,
                    "Luxembourg", "LU", null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            return id;
        });
        signIn(manon);
        hall = organisations.addVenue(hub, new VenueForm(0, "Main hall", "1 Rue de la Gare, Luxembourg", 80, null));
        event = events.create(eventForm(TWO_PM));
        lea = going("Léa Martin");
        tom = going("Tom Weber");
        chloe = going("Chloé Dubois");
        paul = going("Paul Schmit");
        nina = newMember("Nina Not-Going");
    }

    protected EventForm eventForm(LocalDateTime starts) {
        return new EventForm(hub, hall, null, "Studio visit: Pixel Forge", "Games", null, null, null, EventFormat.IN_PERSON, starts,
                starts.plusHours(3), "Europe/Luxembourg", 60, null);
    }

    protected MemberPrincipal going(String name) {
        MemberPrincipal member = newMember(name);
        signIn(member);
        rsvps.going(event);
        return member;
    }

    /** A 1:1 (or group) slot of the member at a table, starting at the given Luxembourg time. */
    protected long slot(MemberPrincipal owner, LocalDateTime starts, int minutes, int guests) {
        signIn(owner);
        return slots.publish(event, new SlotForm(starts, minutes, guests, "12", null));
    }

    protected int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
