package eu.hubtable.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.event.EventForm;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.EventHeld;
import eu.hubtable.event.Events;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.VenueForm;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomHeld;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.Seating;
import eu.hubtable.room.TableForm;
import eu.hubtable.support.ServiceTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The internationalisation group expects four people (co-leads Manon and Chloé, members Paul and Léa);
 * Olga observes. Three sessions are held: a room closed after Manon, Chloé and Olga came (2 of 4), an
 * event where Chloé, Paul and Léa were checked in (3 of 4), and an event whose host checked nobody in,
 * where all four were going (4 of 4, counted from the RSVPs): attendance is rising.
 */
@RecordApplicationEvents
class SessionAttendanceTest extends ServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Autowired
    WorkingGroups groups;

    @Autowired
    GroupSessions sessions;

    @Autowired
    SteeringCommittee steering;

    @Autowired
    Organisations organisations;

    @Autowired
    Rooms rooms;

    @Autowired
    Seating seating;

    @Autowired
    Events events;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents published;

    MemberPrincipal manon;
    MemberPrincipal chloe;
    MemberPrincipal paul;
    MemberPrincipal lea;
    MemberPrincipal olga;
    long hub;
    long hall;
    long group;

    @BeforeEach
    void groupOfFourAndAnObserver() {
        clock.pin(NOW);
        manon = newMember("Manon Hub");
        chloe = newMember("Chloé Partner");
        paul = newMember("Paul Member");
        lea = newMember("Léa Member");
        olga = newMember("Olga Observer");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB, "Luxembourg",
                    "LU", null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            for (MemberPrincipal member : List.of(chloe, paul, lea, olga)) {
                organisations.addMember(id, member.memberId(), MembershipRole.MEMBER);
            }
            return id;
        });
        signIn(manon);
        hall = organisations.addVenue(hub, new VenueForm(0, "Main hall", "1 Rue de la Gare, Luxembourg", 80, null));
        group = groups.create(hub, "Internationalisation", null);
        join(group, chloe, GroupRole.CO_LEAD);
        join(group, paul, GroupRole.MEMBER);
        join(group, lea, GroupRole.MEMBER);
        join(group, olga, GroupRole.OBSERVER);
    }

    private void join(long groupId, MemberPrincipal member, GroupRole role) {
        signIn(manon);
        groups.invite(groupId, member.memberId(), role);
        signIn(member);
        groups.answer(groups.page(groupId).invitationId(), true);
    }

    @Test
    void eachHeldSessionRecordsWhoOfTheExpectedCameOnceAndTheSteeringViewSeesTheTrend() {
        signIn(manon);
        long room = room(LocalDateTime.of(2026, 12, 3, 14, 0));
        long checkedInEvent = event("Export WG #2", LocalDateTime.of(2026, 12, 10, 14, 0));
        long rsvpEvent = event("Export WG #3", LocalDateTime.of(2026, 12, 17, 14, 0));
        long first = sessions.linkRoom(group, room);
        long second = sessions.linkEvent(group, checkedInEvent);
        long third = sessions.linkEvent(group, rsvpEvent);
        long skills = groups.create(hub, "Skills", null);
        long skillsSession = sessions.linkRoom(skills, room);
        assertThat(steering.overview(hub)).extracting(GroupStatus::attendance)
                .containsOnly(new AttendanceTrend(List.of(), AttendanceTrend.Direction.NO_SESSIONS));

        rooms.open(room);
        for (MemberPrincipal member : List.of(manon, chloe, olga)) {
            signIn(member);
            seating.enter(room);
        }
        Instant closing = Instant.parse("2026-12-03T14:30:00Z");
        clock.pin(closing);
        signIn(manon);
        rooms.close(room);
        Instant secondEnd = Instant.parse("2026-12-10T16:00:00Z");
        EventHeld checkedIn = new EventHeld(checkedInEvent, hub, Instant.parse("2026-12-10T13:00:00Z"), secondEnd,
                ids(manon, chloe, paul, lea, newMember("Guest")), ids(chloe, paul, lea));
        held(checkedIn);
        Instant thirdEnd = Instant.parse("2026-12-17T16:00:00Z");
        held(new EventHeld(rsvpEvent, hub, Instant.parse("2026-12-17T13:00:00Z"), thirdEnd, ids(manon, chloe, paul, lea, olga), List.of()));

        assertThat(groups.page(group).sessions()).extracting(GroupPage.Session::id, GroupPage.Session::attendance).containsExactly(
                tuple(third, new GroupPage.Attendance(thirdEnd, 5, 4, 4, AttendanceSource.RSVP)),
                tuple(second, new GroupPage.Attendance(secondEnd, 3, 4, 3, AttendanceSource.CHECK_IN)),
                tuple(first, new GroupPage.Attendance(closing, 3, 4, 2, AttendanceSource.ROOM)));
        assertThat(groups.page(skills).sessions()).singleElement().extracting(GroupPage.Session::attendance)
                .isEqualTo(new GroupPage.Attendance(closing, 3, 1, 1, AttendanceSource.ROOM));
        assertThat(steering.overview(hub)).extracting(GroupStatus::name, GroupStatus::attendance).containsExactly(
                tuple("Internationalisation", new AttendanceTrend(List.of(50.0, 75.0, 100.0), AttendanceTrend.Direction.RISING)),
                tuple("Skills", new AttendanceTrend(List.of(100.0), AttendanceTrend.Direction.FIRST_SESSION)));

        List<Long> expected = ids(manon, chloe, paul, lea);
        assertThat(published.stream(GroupSessionHeld.class)).containsExactlyInAnyOrder(
                new GroupSessionHeld(group, hub, first, closing, ids(manon, chloe, olga), expected),
                new GroupSessionHeld(skills, hub, skillsSession, closing, ids(manon, chloe, olga), List.of(manon.memberId())),
                new GroupSessionHeld(group, hub, second, secondEnd, ids(chloe, paul, lea), expected),
                new GroupSessionHeld(group, hub, third, thirdEnd, ids(manon, chloe, paul, lea, olga), expected));
        assertThat(published.stream(GroupSessionHeld.class).filter(held -> held.sessionId() == first))
                .singleElement().extracting(GroupSessionHeld::attendanceRate).isEqualTo(50.0);

        // a second announcement (a retry, a replayed event) changes nothing and is not passed on
        held(new EventHeld(checkedInEvent, hub, Instant.parse("2026-12-10T13:00:00Z"), secondEnd, ids(manon, chloe, paul, lea),
                ids(manon, chloe, paul, lea)));
        held(new RoomHeld(room, hub, Instant.parse("2026-12-03T13:00:00Z"), closing, ids(paul)));
        assertThat(published.stream(GroupSessionHeld.class)).hasSize(4);
        assertThat(groups.page(group).sessions()).extracting(GroupPage.Session::attendance).extracting(GroupPage.Attendance::expectedAttended)
                .containsExactly(4, 3, 2);
    }

    @Test
    void anEventWhoseHostCheckedNobodyInCountsThoseGoingAndARoomOfNoGroupIsIgnored() {
        signIn(manon);
        long event = event("Export WG #1", LocalDateTime.of(2026, 12, 10, 14, 0));
        long session = sessions.linkEvent(group, event);
        long unlinked = room(LocalDateTime.of(2026, 12, 4, 9, 0));
        held(new RoomHeld(unlinked, hub, Instant.parse("2026-12-04T08:00:00Z"), Instant.parse("2026-12-04T10:00:00Z"), ids(paul)));
        held(new EventHeld(event, hub, Instant.parse("2026-12-10T13:00:00Z"), Instant.parse("2026-12-10T16:00:00Z"), ids(paul, olga),
                List.of()));

        assertThat(groups.page(group).sessions()).singleElement().extracting(GroupPage.Session::attendance)
                .isEqualTo(new GroupPage.Attendance(Instant.parse("2026-12-10T16:00:00Z"), 2, 4, 1, AttendanceSource.RSVP));
        assertThat(published.stream(GroupSessionHeld.class)).singleElement().satisfies(held -> {
            assertThat(held.sessionId()).isEqualTo(session);
            assertThat(held.attendanceRate()).isEqualTo(25.0);
        });
    }

    private long room(LocalDateTime start) {
        return rooms.create(new RoomForm(hub, "Export WG #1", "Internationalisation", null, start, start.plusHours(2), "Europe/Luxembourg",
                RoomVisibility.MEMBERS, 40, Set.of(manon.memberId()), List.of(new TableForm("Plenary", null, 30, null))));
    }

    private long event(String title, LocalDateTime start) {
        return events.create(new EventForm(hub, hall, null, title, "Internationalisation", null, null, null, EventFormat.IN_PERSON, start,
                start.plusHours(2), "Europe/Luxembourg", 40, null));
    }

    /** Announced in a transaction, as the room and event modules do. */
    private void held(Object announcement) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(announcement));
    }

    private static List<Long> ids(MemberPrincipal... members) {
        return Stream.of(members).map(MemberPrincipal::memberId).sorted().toList();
    }
}
