package eu.hubtable.impact;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.agenda.ActionItemDone;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.event.CheckedIn;
import eu.hubtable.event.EventForm;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.Events;
import eu.hubtable.event.Rsvps;
import eu.hubtable.matching.ConsortiumFormed;
import eu.hubtable.matching.IntroductionMade;
import eu.hubtable.matching.MeetingHeld;
import eu.hubtable.member.ContactAccepted;
import eu.hubtable.organisation.VenueForm;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rollups kept on intake equal rollups recomputed from the history; real module services feed the history. */
class RollupsTest extends ImpactTest {

    @org.springframework.beans.factory.annotation.Autowired
    private eu.hubtable.impact.internal.Rollups rebuildDays;

    @Autowired
    private Events events;

    @Autowired
    private Rsvps rsvps;

    @BeforeEach
    void hubExists() {
        givenAHub();
    }

    @Test
    void meetingsHeldCountInTheHubHostingTheirEventAndRealRsvpsAreRecorded() {
        clock.pin(march(1));
        long lea = member("Léa", hub);
        long tom = member("Tom", hub);
        signIn(manager);
        long hall = organisations.addVenue(hub, new VenueForm(0, "Main hall", "1 Rue de la Gare, Esch", 80, null));
        LocalDateTime starts = LocalDateTime.of(2026, 3, 5, 14, 0);
        long event = events.create(new EventForm(hub, hall, null, "Studio visit", "Games", null, null, null, EventFormat.IN_PERSON, starts,
                starts.plusHours(3), "Europe/Luxembourg", 60, null));
        signIn(new eu.hubtable.core.security.MemberPrincipal(lea, "x", "Léa", java.util.Locale.ENGLISH,
                Set.of(eu.hubtable.core.security.Role.MEMBER), true, null));
        rsvps.going(event);
        publisher.publishEvent(new MeetingHeld(3, event, List.of(lea, tom), march(5), march(5).plusSeconds(1800)));
        publisher.publishEvent(new MeetingHeld(4, event, List.of(lea, tom), march(6), march(6).plusSeconds(1800)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.MEETINGS_HELD).current()).isEqualTo(2.0);
        assertThat(figures.figure(Indicator.RSVPS).current()).isEqualTo(1.0);
        assertThat(figures.figure(Indicator.EVENTS_WITH_RSVPS).current()).isEqualTo(1.0);
        assertThat(figures.figure(Indicator.ACTIVE_MEMBERS).current()).isEqualTo(2.0);
    }

    @Test
    void rebuildingFromTheHistoryGivesTheRollupsKeptOnIntake() {
        long otherHub = hub("Differdange Makers", newMember("Otto Other"));
        long film = member("Léa", Set.of(Sector.AUDIOVISUAL_FILM), hub, otherHub);
        long games = member("Tom", Set.of(Sector.DIGITAL_GAMES), hub, otherHub);
        long same = member("Eve", Set.of(Sector.DIGITAL_GAMES), hub);
        for (int day = 1; day <= 20; day++) {
            LocalDate date = LocalDate.of(2026, 2, 15).plusDays(day);
            publisher.publishEvent(new eu.hubtable.event.RsvpConfirmed(day % 3, hub, day % 2 == 0 ? film : games, on(date, 9)));
            publisher.publishEvent(new CheckedIn(day % 3, hub, film, on(date, 10)));
            publisher.publishEvent(new ActionItemDone(day, 1, games, date.minusDays(day % 2), on(date, 11)));
        }
        publisher.publishEvent(new ContactAccepted(film, games, march(2)));
        publisher.publishEvent(new ContactAccepted(games, same, march(2)));
        publisher.publishEvent(new ConsortiumFormed(1, film, List.of(games), List.of(), march(3)));
        publisher.publishEvent(new IntroductionMade(1, otherHub, 0, film, games, true, march(4)));
        publisher.publishEvent(new ActionItemDone(99, 1, null, null, march(4)));
        publisher.publishEvent(new eu.hubtable.room.RoomHeld(5, hub, march(5).minusSeconds(3600), march(5), List.of(film, same)));
        publisher.publishEvent(new eu.hubtable.event.EventHeld(6, hub, march(6).minusSeconds(3600), march(6), List.of(film), List.of(film)));
        publisher.publishEvent(new eu.hubtable.group.GroupSessionHeld(7, hub, 8, march(5), List.of(film, same), List.of(film, games)));
        List<String> incremental = rollups();
        HubIndicators before = asManager(MARCH_1, MARCH_10);

        signIn(admin());
        indicators.rebuild();

        assertThat(rollups()).isEqualTo(incremental).hasSizeGreaterThan(60);
        rebuildDays.rebuild(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2));
        assertThat(rollups()).as("some days, across a month's end").isEqualTo(incremental);
        assertThat(asManager(MARCH_1, MARCH_10)).isEqualTo(before);
        // March 1-7 are days 14-20 of the loop: the odd ones were due the day before
        assertThat(before.figure(Indicator.ACTIONS_DONE_LATE).current()).isEqualTo(3.0);
        assertThat(before.figure(Indicator.ACTIONS_DONE_ON_TIME).current()).isEqualTo(4.0);
        assertThat(before.figure(Indicator.CROSS_SECTOR_CONTACTS).current()).isEqualTo(1.0);
        assertThat(before.figure(Indicator.SESSIONS_HELD).current()).isEqualTo(1.0);
        assertThat(before.figure(Indicator.EVENTS_HELD).current()).isEqualTo(1.0);
    }

    private List<String> rollups() {
        List<String> rows = new java.util.ArrayList<>(jdbc.sql("select concat_ws(' ', hub_id, day, indicator, value) from impact_daily order by 1")
                .query(String.class).list());
        rows.addAll(jdbc.sql("select concat_ws(' ', hub_id, day, member_id) from impact_daily_member order by 1").query(String.class).list());
        rows.addAll(jdbc.sql("select concat_ws(' ', hub_id, month, member_id) from impact_monthly_member order by 1").query(String.class).list());
        return rows;
    }
}
