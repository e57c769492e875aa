package eu.hubtable.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.room.RoomRejected.Field;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class RoomsTest extends RoomTest {

    @Test
    void eachVisibilityShowsTheRoomToExactlyThoseAllowed() {
        MemberPrincipal hubMember = newMember("Hub Member");
        MemberPrincipal outsider = newMember("Outsider");
        MemberPrincipal guest = newMember("Invited Guest");
        asAdmin(() -> {
            organisations.addMember(hub, hubMember.memberId(), MembershipRole.MEMBER);
            return null;
        });
        long forAll = openRoom(RoomVisibility.MEMBERS, 4);
        long forHub = openRoom(RoomVisibility.ORGANISATION, 4);
        long byInvitation = openRoom(RoomVisibility.INVITE_ONLY, 4);
        rooms.invite(byInvitation, guest.memberId());

        assertThat(visibleTo(outsider)).containsExactly(forAll);
        assertThat(visibleTo(hubMember)).containsExactlyInAnyOrder(forAll, forHub);
        assertThat(visibleTo(guest)).containsExactlyInAnyOrder(forAll, byInvitation);
        assertThat(visibleTo(manager)).containsExactlyInAnyOrder(forAll, forHub, byInvitation);

        signIn(outsider);
        assertThatThrownBy(() -> rooms.details(forHub)).hasMessage("room.not-found");
        assertThatThrownBy(() -> seating.sit(byInvitation, tableId(forAll, 0))).hasMessage("room.not-found");
        assertThatThrownBy(() -> chat.post(forHub, null, "hello")).hasMessage("room.not-found");
        signIn(guest);
        seating.sit(byInvitation, seating.tables(byInvitation).getFirst().id());
        assertThat(rooms.details(byInvitation).facilitating()).isFalse();
        signIn(manager);
        assertThat(rooms.details(byInvitation).facilitating()).isTrue();
    }

    @Test
    void onlyTheHostsManagersPlanRoomsAndOnlyFacilitatorsRunThem() {
        long room = openRoom(RoomVisibility.MEMBERS, 4);
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        LocalDateTime start = LocalDateTime.of(2026, 12, 1, 14, 0);
        assertThatThrownBy(() -> rooms.create(new RoomForm(hub, "Mine", "Theme", null, start, start.plusHours(1),
                "Europe/Paris", RoomVisibility.MEMBERS, 10, Set.of(), List.of(new TableForm("A", null, 4, null)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.close(room)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.announce(room, "Hi all")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.startCountdown(room, Duration.ofMinutes(5), null)).isInstanceOf(AccessDeniedException.class);

        signIn(manager);
        rooms.announce(room, "  Five minutes left at the tables  ");
        rooms.startCountdown(room, Duration.ofMinutes(5), "Back to the plenary");
        RoomDetails details = rooms.details(room);
        assertThat(details.announcement()).isEqualTo("Five minutes left at the tables");
        assertThat(details.countdownLabel()).isEqualTo("Back to the plenary");
        assertThat(details.countdownEnds()).isAfter(java.time.Instant.now().plusSeconds(240));
        assertThat(details.facilitators()).extracting(RoomDetails.Facilitator::displayName).containsExactly("Manon Hub");
    }

    @Test
    void aBadPlanIsRefusedFieldByField() {
        signIn(manager);
        LocalDateTime start = LocalDateTime.of(2026, 12, 1, 14, 0);
        assertThatThrownBy(() -> rooms.create(new RoomForm(hub, " ", "x".repeat(81), null, start, start.minusHours(1),
                "Mars/Olympus", RoomVisibility.MEMBERS, 4, Set.of(), List.of(new TableForm("A", null, 4, "javascript:alert(1)")))))
                .isInstanceOfSatisfying(RoomRejected.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        Field.TITLE, Field.THEME, Field.SCHEDULE, Field.TIME_ZONE, Field.TABLES));
        assertThat(rooms.catalogue(RoomPeriod.UPCOMING, null, null)).isEmpty();
    }

    @Test
    void theCatalogueSortsRoomsIntoLiveUpcomingAndPastAndFiltersByTheme() {
        long live = openRoom(RoomVisibility.MEMBERS, 4);
        LocalDateTime start = LocalDateTime.now().plusDays(3);
        long upcoming = rooms.create(new RoomForm(hub, "Sound for games", "Audio", null, start, start.plusHours(1),
                "Europe/Brussels", RoomVisibility.MEMBERS, 10, Set.of(), List.of(new TableForm("A", null, 4, "https://meet.jit.si/hubtable-audio"))));
        long past = openRoom(RoomVisibility.MEMBERS, 4);
        rooms.close(past);
        signIn(newMember("Léa Martin"));
        assertThat(rooms.catalogue(RoomPeriod.LIVE, null, null)).extracting(RoomCard::id).containsExactly(live);
        assertThat(rooms.catalogue(RoomPeriod.UPCOMING, null, null)).extracting(RoomCard::id).containsExactly(upcoming);
        assertThat(rooms.catalogue(RoomPeriod.PAST, null, null)).extracting(RoomCard::id).containsExactly(past);
        assertThat(rooms.catalogue(RoomPeriod.UPCOMING, "Audio", null)).extracting(RoomCard::hostName).containsExactly("Creative Hub " + manager.memberId());
        assertThat(rooms.catalogue(RoomPeriod.UPCOMING, "Internationalisation", null)).isEmpty();
        assertThat(rooms.themes()).containsExactly("Audio", "Internationalisation");
    }

    private List<Long> visibleTo(MemberPrincipal member) {
        signIn(member);
        return rooms.catalogue(RoomPeriod.LIVE, null, null).stream().map(RoomCard::id).toList();
    }
}
