package eu.hubtable.room;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.core.security.MemberPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class HeldRoomsTest extends RoomTest {

    @Autowired
    private HeldRooms held;

    @Autowired
    private ApplicationEvents published;

    @Test
    void closingARoomSomebodyEnteredAnnouncesTheSessionAtOnceAndOnlyOnce() {
        long room = openRoom(RoomVisibility.MEMBERS, 4);
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        signIn(tom);
        seating.enter(room);
        signIn(lea);
        seating.enter(room);
        seating.sit(room, tableId(room, 0));
        Instant closing = Instant.now().plus(Duration.ofMinutes(10));
        clock.pin(closing);
        signIn(manager);
        rooms.close(room);

        assertThat(published.stream(RoomHeld.class)).singleElement().satisfies(session -> {
            assertThat(session.roomId()).isEqualTo(room);
            assertThat(session.organisationId()).isEqualTo(hub);
            assertThat(session.endedAt()).as("closed before its planned end").isEqualTo(closing);
            assertThat(session.attendeeIds()).containsExactly(Math.min(lea.memberId(), tom.memberId()),
                    Math.max(lea.memberId(), tom.memberId()));
        });
        clock.pin(closing.plus(Duration.ofDays(1)));
        assertThat(held.announce()).as("announced once").isZero();
        assertThat(published.stream(RoomHeld.class)).hasSize(1);
    }

    @Test
    void aRoomIsHeldWhenItsEndPassesButNotWhenNobodyCame() {
        long visited = openRoom(RoomVisibility.MEMBERS, 4);
        long empty = openRoom(RoomVisibility.MEMBERS, 4);
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        seating.enter(visited);
        Instant plannedEnd = rooms.details(visited).endsAt();
        assertThat(held.announce()).as("still running").isZero();

        clock.pin(plannedEnd.plus(Duration.ofHours(1)));
        assertThat(held.announce()).isEqualTo(1);
        assertThat(published.stream(RoomHeld.class)).singleElement().satisfies(session -> {
            assertThat(session.roomId()).isEqualTo(visited);
            assertThat(session.endedAt()).isEqualTo(plannedEnd);
            assertThat(session.attendeeIds()).isEqualTo(List.of(lea.memberId()));
        });
        assertThat(held.announce()).isZero();
        assertThat(published.stream(RoomHeld.class)).noneMatch(session -> session.roomId() == empty);
    }
}
