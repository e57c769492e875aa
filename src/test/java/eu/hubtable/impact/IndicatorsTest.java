package eu.hubtable.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.agenda.ActionItemDone;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.event.CheckedIn;
import eu.hubtable.event.EventHeld;
import eu.hubtable.event.RsvpConfirmed;
import eu.hubtable.group.DecisionPromoted;
import eu.hubtable.group.DeliverableDelivered;
import eu.hubtable.group.GroupSessionHeld;
import eu.hubtable.matching.ConsortiumFormed;
import eu.hubtable.matching.IntroductionMade;
import eu.hubtable.matching.MatchAccepted;
import eu.hubtable.matching.SuggestionKind;
import eu.hubtable.member.ContactAccepted;
import eu.hubtable.member.MemberErased;
import eu.hubtable.room.RoomHeld;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Each indicator on a small hand-made history with a known answer: March 1-10, and February 19-28 before it. */
class IndicatorsTest extends ImpactTest {

    @Autowired
    private TransactionTemplate transactions;

    private long otherHub;

    @BeforeEach
    void hubs() {
        givenAHub();
        otherHub = hub("Differdange Makers", newMember("Otto Other"));
    }

    @Test
    void activeMembersAreTheDistinctMembersWhoDidAnythingInTheHub() {
        long lea = member("Léa", hub);
        long tom = member("Tom", hub);
        long eve = member("Eve", hub);
        long far = member("Far Away", otherHub);
        publisher.publishEvent(new RsvpConfirmed(7, hub, lea, march(2)));
        publisher.publishEvent(new CheckedIn(7, hub, lea, march(3)));
        publisher.publishEvent(new RsvpConfirmed(7, hub, tom, march(10)));
        publisher.publishEvent(new RsvpConfirmed(8, otherHub, far, march(5)));
        publisher.publishEvent(new RsvpConfirmed(9, hub, eve, on(LocalDate.of(2026, 3, 11), 0)));
        publisher.publishEvent(new RsvpConfirmed(6, hub, eve, february(19)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.previousFrom()).isEqualTo(LocalDate.of(2026, 2, 19));
        assertThat(figures.previousTo()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(figures.figure(Indicator.ACTIVE_MEMBERS)).isEqualTo(new Figure(Indicator.ACTIVE_MEMBERS, 2.0, 1.0));
        assertThat(figures.figure(Indicator.ACTIVE_MEMBERS).change()).isEqualTo(1.0);
    }

    @Test
    void returningMembersWereActiveInThePeriodBeforeToo() {
        long lea = member("Léa", hub);
        long tom = member("Tom", hub);
        long eve = member("Eve", hub);
        publisher.publishEvent(new RsvpConfirmed(1, hub, lea, february(25)));
        publisher.publishEvent(new RsvpConfirmed(2, hub, lea, march(3)));
        publisher.publishEvent(new RsvpConfirmed(2, hub, tom, march(3)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, eve, february(25)));
        publisher.publishEvent(new RsvpConfirmed(0, hub, eve, february(10)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.RETURNING_MEMBERS)).isEqualTo(new Figure(Indicator.RETURNING_MEMBERS, 1.0, 1.0));
        assertThat(figures.figure(Indicator.ACTIVE_MEMBERS)).isEqualTo(new Figure(Indicator.ACTIVE_MEMBERS, 2.0, 2.0));
    }

    @Test
    void activeAndReturningMembersOverFullMonthsAndTheDaysAroundThem() {
        long lea = member("Léa", hub);
        long tom = member("Tom", hub);
        long eve = member("Eve", hub);
        long nina = member("Nina", hub);
        long olga = member("Olga", hub);
        long otto = member("Otto", hub);
        publisher.publishEvent(new RsvpConfirmed(1, hub, lea, on(LocalDate.of(2026, 2, 10), 9)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, tom, on(LocalDate.of(2026, 1, 20), 9)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, eve, on(LocalDate.of(2026, 4, 10), 23)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, nina, on(LocalDate.of(2026, 1, 10), 9)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, nina, on(LocalDate.of(2026, 3, 31), 9)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, olga, on(LocalDate.of(2026, 4, 11), 0)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, otto, on(LocalDate.of(2026, 1, 14), 23)));

        HubIndicators figures = asManager(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 10));

        assertThat(figures.figure(Indicator.ACTIVE_MEMBERS)).isEqualTo(new Figure(Indicator.ACTIVE_MEMBERS, 4.0, 2.0));
        assertThat(figures.figure(Indicator.RETURNING_MEMBERS).current()).isEqualTo(1.0);
        assertThat(asManager(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)).figure(Indicator.ACTIVE_MEMBERS).current())
                .as("whole months only").isEqualTo(2.0);
        publisher.publishEvent(new MemberErased(lea));
        assertThat(asManager(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 10)).figure(Indicator.ACTIVE_MEMBERS).current())
                .as("an erased member is gone from the months too").isEqualTo(3.0);
    }

    @Test
    void attendanceIsCheckInsPerConfirmedRsvpOverEventsWithRsvps() {
        long lea = member("Léa", hub);
        long tom = member("Tom", hub);
        long eve = member("Eve", hub);
        publisher.publishEvent(new RsvpConfirmed(1, hub, lea, march(1)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, tom, march(1)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, eve, march(2)));
        publisher.publishEvent(new CheckedIn(1, hub, lea, march(4)));
        publisher.publishEvent(new CheckedIn(1, hub, tom, march(4)));
        publisher.publishEvent(new RsvpConfirmed(2, hub, lea, march(5)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.EVENTS_WITH_RSVPS).current()).isEqualTo(2.0);
        assertThat(figures.figure(Indicator.RSVPS).current()).isEqualTo(4.0);
        assertThat(figures.figure(Indicator.CHECK_INS).current()).isEqualTo(2.0);
        assertThat(figures.figure(Indicator.ATTENDANCE_RATE)).isEqualTo(new Figure(Indicator.ATTENDANCE_RATE, 50.0, null));
        assertThat(figures.figure(Indicator.ATTENDANCE_RATE).change()).isNull();
    }

    @Test
    void contactsCountInTheHubsBothShareAndCrossSectorWhenTheyShareNoSector() {
        long film = member("Léa", Set.of(Sector.AUDIOVISUAL_FILM), hub);
        long games = member("Tom", Set.of(Sector.DIGITAL_GAMES), hub, otherHub);
        long alsoFilm = member("Eve", Set.of(Sector.AUDIOVISUAL_FILM, Sector.DIGITAL_GAMES), hub);
        long noSector = member("Nina", hub);
        long outsider = member("Olga", Set.of(Sector.CRAFTS), otherHub);
        publisher.publishEvent(new ContactAccepted(film, games, march(2)));
        publisher.publishEvent(new ContactAccepted(film, alsoFilm, march(3)));
        publisher.publishEvent(new ContactAccepted(noSector, games, march(4)));
        publisher.publishEvent(new ContactAccepted(film, outsider, march(5)));
        publisher.publishEvent(new ContactAccepted(outsider, games, march(6)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.NEW_CONTACTS).current()).isEqualTo(3.0);
        assertThat(figures.figure(Indicator.CROSS_SECTOR_CONTACTS).current()).isEqualTo(1.0);
        assertThat(figures.figure(Indicator.ACTIVE_MEMBERS).current()).isEqualTo(4.0);
        signIn(admin());
        assertThat(indicators.forHub(otherHub, MARCH_1, MARCH_10).figure(Indicator.CROSS_SECTOR_CONTACTS).current()).isEqualTo(1.0);
    }

    @Test
    void actionItemsAreOnTimeWhenDoneOnOrBeforeTheirDueDay() {
        long lea = member("Léa", hub);
        publisher.publishEvent(new ActionItemDone(1, 5, lea, LocalDate.of(2026, 3, 5), on(LocalDate.of(2026, 3, 5), 23)));
        publisher.publishEvent(new ActionItemDone(2, 5, lea, LocalDate.of(2026, 3, 5), on(LocalDate.of(2026, 3, 6), 0)));
        publisher.publishEvent(new ActionItemDone(3, 5, lea, null, march(7)));
        publisher.publishEvent(new ActionItemDone(4, 5, null, LocalDate.of(2026, 3, 1), march(7)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.ACTIONS_DONE_ON_TIME).current()).isEqualTo(2.0);
        assertThat(figures.figure(Indicator.ACTIONS_DONE_LATE).current()).isEqualTo(1.0);
    }

    @Test
    void consortiaCountInTheLeadsHubs() {
        long lead = member("Léa", hub);
        long partner = member("Tom", otherHub);
        long loner = member("Lone Wolf");
        publisher.publishEvent(new ConsortiumFormed(11, lead, List.of(partner), List.of(), march(2)));
        publisher.publishEvent(new ConsortiumFormed(12, loner, List.of(lead), List.of(), march(3)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.CONSORTIA_FORMED).current()).isEqualTo(1.0);
        assertThat(figures.figure(Indicator.ACTIVE_MEMBERS).current()).isEqualTo(2.0);
    }

    @Test
    void introductionsAndActedOnSuggestionsCountInTheirHub() {
        long lea = member("Léa", hub);
        long tom = member("Tom", hub);
        long far = member("Far", otherHub);
        publisher.publishEvent(new IntroductionMade(1, hub, manager.memberId(), lea, tom, true, march(2)));
        publisher.publishEvent(new IntroductionMade(2, otherHub, 0, far, tom, false, march(2)));
        publisher.publishEvent(new MatchAccepted(lea, SuggestionKind.MEMBER, tom, tom, false, march(3)));
        publisher.publishEvent(new MatchAccepted(far, SuggestionKind.MEMBER, tom, tom, false, march(3)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.INTRODUCTIONS_MADE).current()).isEqualTo(1.0);
        assertThat(figures.figure(Indicator.MATCHES_ACCEPTED).current()).isEqualTo(1.0);
    }

    @Test
    void workingGroupsDecisionsAndDeliveredDeliverablesCountInTheirHub() {
        long lea = member("Léa", hub);
        publisher.publishEvent(new DecisionPromoted(1, 3, hub, 9, lea, march(2)));
        publisher.publishEvent(new DecisionPromoted(2, 3, hub, 9, lea, march(4)));
        publisher.publishEvent(new DecisionPromoted(3, 4, otherHub, 8, lea, march(4)));
        publisher.publishEvent(new DeliverableDelivered(1, 3, hub, lea, LocalDate.of(2026, 3, 6), march(5)));
        publisher.publishEvent(new DeliverableDelivered(2, 3, hub, null, null, february(20)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.DECISIONS_LOGGED).current()).isEqualTo(2.0);
        assertThat(figures.figure(Indicator.DELIVERABLES_DELIVERED).current()).isEqualTo(1.0);
        assertThat(figures.figure(Indicator.DELIVERABLES_DELIVERED).previous()).isEqualTo(1.0);
    }

    @Test
    void sessionsAndEventsHeldCountInTheirHostsHubAndTheirPeopleAreActive() {
        long lea = member("Léa", hub);
        long tom = member("Tom", hub);
        publisher.publishEvent(new RoomHeld(1, hub, march(2).minusSeconds(3600), march(2), List.of(lea, tom)));
        publisher.publishEvent(new RoomHeld(2, hub, march(4).minusSeconds(3600), march(4), List.of(lea)));
        publisher.publishEvent(new RoomHeld(3, otherHub, march(4).minusSeconds(3600), march(4), List.of(tom)));
        publisher.publishEvent(new RoomHeld(4, hub, february(20).minusSeconds(3600), february(20), List.of(tom)));
        publisher.publishEvent(new EventHeld(5, hub, march(6).minusSeconds(7200), march(6), List.of(lea, tom), List.of()));
        publisher.publishEvent(new EventHeld(6, otherHub, march(6).minusSeconds(7200), march(6), List.of(), List.of()));
        publisher.publishEvent(new GroupSessionHeld(7, hub, 8, march(2), List.of(lea, tom), List.of(lea, tom)));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.SESSIONS_HELD)).as("a group's session is its room, counted once")
                .isEqualTo(new Figure(Indicator.SESSIONS_HELD, 2.0, 1.0));
        assertThat(figures.figure(Indicator.EVENTS_HELD)).isEqualTo(new Figure(Indicator.EVENTS_HELD, 1.0, 0.0));
        assertThat(figures.figure(Indicator.ACTIVE_MEMBERS).current()).as("who came to a session").isEqualTo(2.0);
        assertThat(figures.figure(Indicator.RETURNING_MEMBERS).current()).isEqualTo(1.0);
    }

    @Test
    void aRolledBackTransactionCountsNothing() {
        long lea = member("Léa", hub);
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new RsvpConfirmed(1, hub, lea, march(2)));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> publisher.publishEvent(new CheckedIn(1, hub, lea, march(2))));

        HubIndicators figures = asManager(MARCH_1, MARCH_10);

        assertThat(figures.figure(Indicator.RSVPS).current()).isZero();
        assertThat(figures.figure(Indicator.CHECK_INS).current()).isEqualTo(1.0);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRejected() {
        signIn(manager);
        assertThatThrownBy(() -> indicators.forHub(hub, MARCH_10, MARCH_1)).isInstanceOfSatisfying(PeriodRejected.class,
                rejected -> assertThat(rejected.problems()).isEqualTo(Map.of(PeriodRejected.Field.TO, "impact.period.to.before-from")));
        assertThatThrownBy(() -> indicators.forHub(hub, null, MARCH_1)).isInstanceOfSatisfying(PeriodRejected.class,
                rejected -> assertThat(rejected.problems()).containsOnlyKeys(PeriodRejected.Field.FROM));
    }

    @Test
    void onlyTheHubsManagersAndPlatformAdminsSeeItsImpact() {
        var plainMember = newMember("Paula Plain");
        asAdmin(() -> {
            organisations.addMember(hub, plainMember.memberId(), eu.hubtable.organisation.MembershipRole.MEMBER);
            return null;
        });
        var otherManager = newMember("Otis Other");
        hub("Dudelange Lab", otherManager);

        signIn(plainMember);
        assertThatThrownBy(() -> indicators.forHub(hub, MARCH_1, MARCH_10)).isInstanceOf(AccessDeniedException.class);
        assertThat(indicators.hubsIManage()).isEmpty();
        assertThatThrownBy(() -> indicators.rebuild()).isInstanceOf(AccessDeniedException.class);
        signIn(otherManager);
        assertThatThrownBy(() -> indicators.forHub(hub, MARCH_1, MARCH_10)).isInstanceOf(AccessDeniedException.class);
        signIn(manager);
        assertThat(indicators.hubsIManage()).extracting(h -> h.id()).containsExactly(hub);
        assertThat(indicators.forHub(hub, MARCH_1, MARCH_10).figures()).hasSize(Indicator.values().length);
        signIn(admin());
        assertThat(indicators.forHub(hub, MARCH_1, MARCH_10).hubId()).isEqualTo(hub);
    }
}
