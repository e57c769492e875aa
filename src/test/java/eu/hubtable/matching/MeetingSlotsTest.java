package eu.hubtable.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import eu.hubtable.event.Calendars;
import eu.hubtable.event.EventForm;
import eu.hubtable.event.EventFormat;
import eu.hubtable.matching.MeetingRejected.Field;
import eu.hubtable.member.MyData;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class MeetingSlotsTest extends MeetingTest {

    @Autowired
    private Calendars calendars;

    @Autowired
    private HeldMeetings heldMeetings;

    @Autowired
    private MyData myData;

    @Autowired
    private Rooms rooms;

    @Autowired
    private ApplicationEvents published;

    @Test
    void aParticipantPublishesASlotAnotherRequestsItAndTheOwnerAccepts() {
        long slot = slot(lea, TWO_PM, 20, 1);
        signIn(tom);
        assertThat(slots.slotsOf(event)).singleElement().satisfies(card -> {
            assertThat(card.ownerName()).isEqualTo("Léa Martin");
            assertThat(card.startsAt()).isEqualTo(Instant.parse("2026-12-03T13:00:00Z"));
            assertThat(card.endsAt()).isEqualTo(Instant.parse("2026-12-03T13:20:00Z"));
            assertThat(card.table()).isEqualTo("12");
            assertThat(card.seatsLeft()).isEqualTo(1);
            assertThat(card.requests()).as("only the owner sees the requests").isEmpty();
        });
        long request = slots.request(slot, "  Talk about the sound of your next game  ", List.of());
        assertThat(slots.schedule().requests()).singleElement().satisfies(mine -> {
            assertThat(mine.mine()).isTrue();
            assertThat(mine.request().status()).isEqualTo(MeetingStatus.PENDING);
            assertThat(mine.request().purpose()).isEqualTo("Talk about the sound of your next game");
            assertThat(mine.slot().ownerName()).isEqualTo("Léa Martin");
        });
        assertThat(slots.schedule().meetings()).isEmpty();
        assertThat(slots.slotsOf(event).getFirst().seatsLeft()).as("a pending request holds its seat").isZero();

        signIn(lea);
        MySchedule leas = slots.schedule();
        assertThat(leas.slots()).singleElement().satisfies(card -> assertThat(card.requests()).singleElement()
                .satisfies(r -> assertThat(r.requesterName()).isEqualTo("Tom Weber")));
        slots.accept(request);
        assertThat(slots.schedule().meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.people()).containsExactly("Léa Martin", "Tom Weber");
            assertThat(meeting.owner()).isTrue();
            assertThat(meeting.purposes()).containsExactly("Talk about the sound of your next game");
        });
        signIn(tom);
        assertThat(slots.schedule().meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.people()).containsExactly("Léa Martin", "Tom Weber");
            assertThat(meeting.owner()).isFalse();
            assertThat(meeting.table()).isEqualTo("12");
        });
        assertThatThrownBy(() -> slots.accept(request)).as("Tom cannot answer for Léa").isInstanceOf(AccessDeniedException.class);
        signIn(lea);
        assertThatThrownBy(() -> slots.accept(request)).isInstanceOfSatisfying(MeetingRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("meeting.request.answered"));
        // the owner hears of the request, the requester of the answer (and a refused second answer tells nobody)
        assertThat(jdbc.sql("select recipient, subject, body from mail_outbox where subject like '%meet%' order by id")
                .query((rs, n) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3)).list()).satisfiesExactly(
                asked -> assertThat(asked).startsWith(lea.email() + " | Tom Weber asks to meet you at Studio visit: Pixel Forge | ")
                        .contains("«Talk about the sound of your next game»", "(Europe/Luxembourg)", "/meetings"),
                answered -> assertThat(answered).startsWith(tom.email() + " | Léa Martin will meet you at Studio visit: Pixel Forge"));
    }

    @Test
    void aBadSlotIsRefusedFieldByFieldAndNothingIsStored() {
        signIn(lea);
        assertThatThrownBy(() -> slots.publish(event, new SlotForm(TWO_PM.plusMinutes(3), 25, 0, " ", null)))
                .isInstanceOfSatisfying(MeetingRejected.class, rejected -> assertThat(rejected.problems()).isEqualTo(Map.of(
                        Field.START, "meeting.start.step", Field.LENGTH, "meeting.length.choose", Field.GUESTS, "meeting.guests.range",
                        Field.PLACE, "meeting.place.table")));
        assertThatThrownBy(() -> slots.publish(event, new SlotForm(TWO_PM.plusHours(2).plusMinutes(45), 30, 1, "12", null)))
                .isInstanceOfSatisfying(MeetingRejected.class, rejected -> assertThat(rejected.problems())
                        .isEqualTo(Map.of(Field.START, "meeting.start.outside-event")));
        assertThatThrownBy(() -> slots.publish(event, new SlotForm(TWO_PM.minusMinutes(15), 15, 1, "12", null)))
                .isInstanceOfSatisfying(MeetingRejected.class, rejected -> assertThat(rejected.problems())
                        .isEqualTo(Map.of(Field.START, "meeting.start.outside-event")));
        assertThatThrownBy(() -> slots.publish(event, new SlotForm(null, 15, 1, "a table with a far too long name", null)))
                .isInstanceOfSatisfying(MeetingRejected.class, rejected -> assertThat(rejected.problems())
                        .isEqualTo(Map.of(Field.START, "meeting.start.required", Field.PLACE, "meeting.place.table-length")));
        clock.pin(Instant.parse("2026-12-03T13:30:00Z"));
        assertThatThrownBy(() -> slots.publish(event, new SlotForm(TWO_PM, 20, 1, "12", null)))
                .isInstanceOfSatisfying(MeetingRejected.class, rejected -> assertThat(rejected.problems())
                        .isEqualTo(Map.of(Field.START, "meeting.start.past")));

        signIn(nina);
        assertThatThrownBy(() -> slots.publish(event, new SlotForm(TWO_PM.plusHours(1), 20, 1, "12", null)))
                .as("not taking part").isInstanceOfSatisfying(MeetingRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("meeting.not-attending"));
        assertThat(count("meeting_slot")).isZero();
        assertThat(count("meeting_booking")).isZero();

        // the host's managers take part without answering; an online event wants a real video link
        signIn(manon);
        long online = events.create(new EventForm(hub, null, roomOfHub(), "Online pitch", "Games", null, null, null,
                EventFormat.ONLINE, TWO_PM, TWO_PM.plusHours(2), "Europe/Luxembourg", 50, null));
        assertThatThrownBy(() -> slots.publish(online, new SlotForm(TWO_PM.plusHours(1), 30, 3, "12", "javascript:alert(1)")))
                .isInstanceOfSatisfying(MeetingRejected.class, rejected -> assertThat(rejected.problems())
                        .isEqualTo(Map.of(Field.PLACE, "meeting.place.video")));
        long slot = slots.publish(online, new SlotForm(TWO_PM.plusHours(1), 30, 3, "12", "https://meet.jit.si/hubtable-pitch"));
        assertThat(slots.slotsOf(online)).singleElement().satisfies(card -> {
            assertThat(card.id()).isEqualTo(slot);
            assertThat(card.table()).as("no table online").isNull();
            assertThat(card.videoUrl()).isEqualTo("https://meet.jit.si/hubtable-pitch");
        });
    }

    @Test
    void requestsThatCannotBeMetSayWhyAndStoreNothing() {
        long slot = slot(lea, TWO_PM, 20, 1);
        signIn(nina);
        assertRefused(() -> slots.request(slot, "Hello", List.of()), "meeting.not-attending");
        assertThatThrownBy(() -> slots.slotsOf(event)).isInstanceOf(MeetingRefused.class);
        signIn(lea);
        assertRefused(() -> slots.request(slot, "Hello", List.of()), "meeting.slot.own");
        signIn(tom);
        assertThatThrownBy(() -> slots.request(slot, "   ", List.of())).isInstanceOfSatisfying(MeetingRejected.class,
                rejected -> assertThat(rejected.problems()).isEqualTo(Map.of(Field.PURPOSE, "meeting.purpose.required")));
        assertThatThrownBy(() -> slots.request(slot, "x".repeat(201), List.of())).isInstanceOfSatisfying(MeetingRejected.class,
                rejected -> assertThat(rejected.problems()).isEqualTo(Map.of(Field.PURPOSE, "meeting.purpose.too-long")));
        assertThatThrownBy(() -> slots.request(slot, "Hello", List.of(nina.memberId()))).isInstanceOfSatisfying(MeetingRejected.class,
                rejected -> assertThat(rejected.problems()).isEqualTo(Map.of(Field.PEOPLE, "meeting.people.not-attending")));
        assertThat(count("meeting_request")).isZero();
        slots.request(slot, "Hello", List.of());

        signIn(paul);
        assertRefused(() -> slots.request(slot, "Me too", List.of()), "meeting.slot.taken");
        assertThat(count("meeting_request")).isEqualTo(1);

        // the event moves a day later: the slot no longer lies within it
        long early = slot(chloe, TWO_PM.plusHours(1), 15, 1);
        signIn(manon);
        events.update(event, eventForm(TWO_PM.plusDays(1)));
        signIn(paul);
        assertRefused(() -> slots.request(early, "Hello", List.of()), "meeting.slot.outside-event");
        signIn(manon);
        events.update(event, eventForm(TWO_PM));

        // once the slot has begun it can no longer be requested
        clock.pin(Instant.parse("2026-12-03T14:00:00Z"));
        signIn(paul);
        assertRefused(() -> slots.request(early, "Hello", List.of()), "meeting.slot.past");
        assertThat(count("meeting_request")).isEqualTo(1);
    }

    @Test
    void nobodyIsInTwoMeetingsAtOnceAndAnswersFreeTheTime() {
        long leas = slot(lea, TWO_PM, 20, 1);
        long chloes = slot(chloe, TWO_PM.plusMinutes(15), 30, 1);
        signIn(lea);
        assertThatThrownBy(() -> slots.publish(event, new SlotForm(TWO_PM.plusMinutes(10), 15, 1, "3", null)))
                .as("Léa's own slots do not overlap").isInstanceOfSatisfying(MeetingRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("meeting.you-are-busy"));
        signIn(tom);
        long request = slots.request(leas, "Music for games", List.of());
        assertRefused(() -> slots.request(chloes, "Overlapping", List.of()), "meeting.you-are-busy");
        assertThatThrownBy(() -> slots.publish(event, new SlotForm(TWO_PM.plusMinutes(5), 15, 1, "4", null)))
                .isInstanceOfSatisfying(MeetingRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("meeting.you-are-busy"));
        // Paul cannot bring Tom either, while Tom's request holds his time
        signIn(paul);
        long group = slot(manon, TWO_PM.plusMinutes(5), 15, 3);
        signIn(paul);
        assertThatThrownBy(() -> slots.request(group, "Together", List.of(tom.memberId())))
                .isInstanceOfSatisfying(MeetingRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("meeting.guest-busy"));
        assertThat(count("meeting_guest")).isEqualTo(1);

        // Léa declines: Tom's time is free, and he takes Chloé's slot
        signIn(lea);
        slots.decline(request);
        signIn(tom);
        long second = slots.request(chloes, "Overlapping", List.of());
        assertThat(slots.schedule().requests()).extracting(r -> r.request().status())
                .containsExactly(MeetingStatus.DECLINED, MeetingStatus.PENDING);
        assertThatThrownBy(() -> slots.cancel(request)).isInstanceOfSatisfying(MeetingRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("meeting.request.answered"));
        // only the requester cancels; then the slot is free for Paul
        signIn(paul);
        assertThatThrownBy(() -> slots.cancel(second)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> slots.decline(second)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> slots.scheduleOf(tom.memberId())).isInstanceOf(AccessDeniedException.class);
        signIn(tom);
        slots.cancel(second);
        signIn(paul);
        slots.request(chloes, "My turn", List.of());
        signIn(chloe);
        assertThatThrownBy(() -> slots.withdraw(chloes)).isInstanceOfSatisfying(MeetingRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("meeting.slot.has-requests"));
        signIn(lea);
        slots.withdraw(leas);
        assertThat(slots.schedule().slots()).isEmpty();
    }

    @Test
    void aGroupSlotTakesTheRequesterAndThoseTheyBringUpToItsSeats() {
        long group = slot(lea, TWO_PM, 30, 3);
        signIn(tom);
        assertThat(slots.participants(event)).extracting(Participant::displayName)
                .containsExactly("Chloé Dubois", "Léa Martin", "Manon Hub", "Paul Schmit");
        assertThatThrownBy(() -> slots.request(group, "All of us", Set.of(chloe.memberId(), paul.memberId(), manon.memberId())))
                .isInstanceOfSatisfying(MeetingRejected.class, rejected -> assertThat(rejected.problems())
                        .isEqualTo(Map.of(Field.PEOPLE, "meeting.people.too-many")));
        assertThatThrownBy(() -> slots.request(group, "With Léa", Set.of(lea.memberId())))
                .isInstanceOfSatisfying(MeetingRejected.class, rejected -> assertThat(rejected.problems())
                        .isEqualTo(Map.of(Field.PEOPLE, "meeting.people.owner")));
        long request = slots.request(group, "Co-production", Set.of(chloe.memberId()));
        signIn(paul);
        assertThat(slots.slotsOf(event).getFirst().seatsLeft()).isEqualTo(1);
        assertThatThrownBy(() -> slots.request(group, "Us two", Set.of(manon.memberId())))
                .isInstanceOfSatisfying(MeetingRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("meeting.slot.too-few-seats"));
        long alone = slots.request(group, "Alone", Set.of());
        signIn(lea);
        slots.accept(request);
        slots.accept(alone);
        assertThat(slots.schedule().meetings()).singleElement().satisfies(meeting -> assertThat(meeting.people())
                .containsExactly("Léa Martin", "Tom Weber", "Chloé Dubois", "Paul Schmit"));
        signIn(chloe);
        assertThat(slots.schedule().requests()).singleElement().satisfies(mine -> assertThat(mine.mine()).isFalse());
        assertThat(slots.schedule().meetings()).hasSize(1);
        assertThatThrownBy(() -> slots.cancel(request)).as("only Tom cancels his request").isInstanceOf(AccessDeniedException.class);

        // Chloé was brought along: she may step out, and the others keep their meeting
        slots.leave(request);
        assertThat(slots.schedule().requests()).isEmpty();
        assertThat(slots.schedule().meetings()).isEmpty();
        assertThatThrownBy(() -> slots.leave(request)).isInstanceOf(AccessDeniedException.class);
        signIn(lea);
        assertThat(slots.schedule().meetings()).singleElement().satisfies(meeting -> assertThat(meeting.people())
                .containsExactly("Léa Martin", "Tom Weber", "Paul Schmit"));
        assertThat(slots.schedule().slots().getFirst().seatsLeft()).isEqualTo(1);
        signIn(tom);
        assertThatThrownBy(() -> slots.leave(request)).as("the requester cancels instead").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAcceptedMeetingIsInTheCalendarFeedAndIsAnnouncedOnceItIsHeld() {
        long slot = slot(lea, TWO_PM.plusHours(1), 20, 1);
        signIn(tom);
        long request = slots.request(slot, "Sound for games", List.of());
        String token = calendars.newFeedToken();
        assertThat(Biweekly.parse(calendars.feed(token).orElseThrow()).first().getEvents())
                .as("a pending request is not in the calendar").hasSize(1);
        signIn(lea);
        slots.accept(request);

        ICalendar feed = Biweekly.parse(calendars.feed(token).orElseThrow()).first();
        assertThat(feed.getEvents()).extracting(e -> e.getUid().getValue())
                .containsExactly("event-" + event + "@hubtable.eu", "meeting-" + slot + "@hubtable.eu");
        VEvent meeting = feed.getEvents().get(1);
        assertThat(meeting.getSummary().getValue()).isEqualTo("Meeting at Studio visit: Pixel Forge");
        assertThat(meeting.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-03T14:00:00Z"));
        assertThat(meeting.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-03T14:20:00Z"));
        assertThat(meeting.getLocation().getValue()).isEqualTo("Table 12, Studio visit: Pixel Forge");
        assertThat(meeting.getDescription().getValue()).isEqualTo("With Léa Martin, Tom Weber. Purpose: Sound for games");

        assertThat(heldMeetings.announce()).isZero();
        clock.pin(Instant.parse("2026-12-03T14:20:00Z"));
        assertThat(heldMeetings.announce()).isEqualTo(1);
        assertThat(heldMeetings.announce()).as("announced once").isZero();
        assertThat(published.stream(MeetingHeld.class)).singleElement().isEqualTo(new MeetingHeld(slot, event,
                List.of(lea.memberId(), tom.memberId()), Instant.parse("2026-12-03T14:00:00Z"), Instant.parse("2026-12-03T14:20:00Z")));
        signIn(tom);
        assertThatThrownBy(() -> slots.cancel(request)).isInstanceOfSatisfying(MeetingRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("meeting.slot.over"));
    }

    @Test
    void myMeetingsAreInMyDataAndLeaveWithMyAccount() {
        long leas = slot(lea, TWO_PM, 20, 3);
        long toms = slot(tom, TWO_PM.plusHours(1), 20, 1);
        signIn(tom);
        slots.request(leas, "Bring Chloé along", List.of(chloe.memberId()));
        signIn(paul);
        long pauls = slots.request(toms, "Meet Tom", List.of());
        signIn(chloe);
        String export = new String(myData.export(), StandardCharsets.UTF_8);
        assertThat(export).contains("\"meetings\"").contains("Bring Chloé along");

        signIn(tom);
        myData.erase(PASSWORD);
        assertThat(jdbc.sql("select count(*) from meeting_slot where owner_id = :id").param("id", tom.memberId())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from meeting_request where id = :id").param("id", pauls).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from meeting_booking where member_id = :id").param("id", tom.memberId())
                .query(Integer.class).single()).isZero();
        signIn(chloe);
        assertThat(slots.schedule().requests()).as("Tom's request left with him").isEmpty();
        signIn(paul);
        assertThat(slots.slotsOf(event)).singleElement().satisfies(card -> assertThat(card.seatsLeft()).isEqualTo(3));
        slots.request(leas, "Now free", List.of(chloe.memberId()));
    }

    private long roomOfHub() {
        return rooms.create(new RoomForm(hub, "Pitch room", "Games", null, TWO_PM, TWO_PM.plusHours(2), "Europe/Luxembourg",
                RoomVisibility.MEMBERS, 20, Set.of(), List.of(new TableForm("Table 1", null, 8, null))));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MeetingRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
