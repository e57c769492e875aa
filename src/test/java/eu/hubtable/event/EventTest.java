package eu.hubtable.event;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.VenueForm;
import eu.hubtable.support.ServiceTest;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hub (Manon manages it) with its main hall as a venue, at a pinned time: 1 December 2026, 9:00
 * in Luxembourg. Events are planned in the days after.
 */
public abstract class EventTest extends ServiceTest {

    protected static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Autowired
    protected Events events;

    @Autowired
    protected Rsvps rsvps;

    @Autowired
    protected CheckIns checkIns;

    @Autowired
    protected Calendars calendars;

    @Autowired
    protected Organisations organisations;

    @Autowired
    protected JdbcClient jdbc;

    protected MemberPrincipal manon;
    protected long hub;
    protected long hall;

    @BeforeEach
    void hubWithVenue() {
        clock.pin(NOW);
        manon = newMember("Manon Hub");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB,
                    "Luxembourg", "LU", null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            return id;
        });
        signIn(manon);
        hall = organisations.addVenue(hub, new VenueForm(0, "Main hall", "1 Rue de la Gare, Luxembourg", 80, "Step-free entrance"));
    }

    /** An event in person at the hall, on 3 December 2026, 14:00–17:00 Luxembourg time, planned by Manon. */
    protected long event(int capacity, @Nullable LocalDateTime deadline) {
        signIn(manon);
        return events.create(form(capacity, LocalDateTime.of(2026, 12, 3, 14, 0), deadline));
    }

    protected EventForm form(int capacity, LocalDateTime starts, @Nullable LocalDateTime deadline) {
        return new EventForm(hub, hall, null, "Studio visit: Pixel Forge", "Games", "A company presentation and a workshop",
                "Pixel Forge shows its pipeline", "Funding a first game", EventFormat.IN_PERSON, starts, starts.plusHours(3),
                "Europe/Luxembourg", capacity, deadline);
    }

    protected int mailsTo(MemberPrincipal member, String subjectStart) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :to and subject like :subject")
                .param("to", member.email()).param("subject", subjectStart + "%").query(Integer.class).single();
    }
}
