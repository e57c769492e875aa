package eu.hubtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.event.EventRejected.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsTest extends EventTest {

    @Test
    void aBadEventIsRefusedFieldByFieldAndNothingIsStored() {
        signIn(manon);
        LocalDateTime start = LocalDateTime.of(2026, 12, 3, 14, 0);
        EventForm bad = new EventForm(hub, null, null, " ", "Games", null, null, null, EventFormat.IN_PERSON, start,
                start.minusHours(1), "Mars/Olympus", 0, null);
        assertThatThrownBy(() -> events.create(bad)).isInstanceOfSatisfying(EventRejected.class, rejected ->
                assertThat(rejected.problems()).isEqualTo(Map.of(Field.TITLE, "event.title.length", Field.PLACE, "event.place.venue",
                        Field.SCHEDULE, "event.schedule.order", Field.TIME_ZONE, "event.time-zone.unknown",
                        Field.CAPACITY, "event.capacity.range")));
        assertThatThrownBy(() -> events.create(form(10, start, start.plusHours(1))))
                .isInstanceOfSatisfying(EventRejected.class, rejected ->
                        assertThat(rejected.problems()).containsEntry(Field.DEADLINE, "event.deadline.after-start"));
        assertThat(events.list(EventPeriod.UPCOMING, null, null, null, null)).isEmpty();
    }

    @Test
    void capacityNeverDropsBelowThoseGoingAndARescheduleTellsEveryoneAndUpdatesCalendars() {
        long event = event(3, null);
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        for (MemberPrincipal member : new MemberPrincipal[] {lea, tom}) {
            signIn(member);
            rsvps.going(event);
        }
        String before = calendars.ics(event);
        signIn(manon);
        LocalDateTime later = LocalDateTime.of(2026, 12, 10, 9, 30);
        assertThatThrownBy(() -> events.update(event, form(1, later, null))).isInstanceOfSatisfying(EventRejected.class,
                rejected -> assertThat(rejected.problems()).containsEntry(Field.CAPACITY, "event.capacity.below-going"));
        events.update(event, form(2, later, null));
        assertThat(mailsTo(lea, "New time")).isEqualTo(1);
        assertThat(mailsTo(tom, "New time")).isEqualTo(1);

        VEvent was = Biweekly.parse(before).first().getEvents().getFirst();
        VEvent now = Biweekly.parse(calendars.ics(event)).first().getEvents().getFirst();
        assertThat(now.getUid().getValue()).isEqualTo(was.getUid().getValue());
        assertThat(now.getSequence().getValue()).isEqualTo(was.getSequence().getValue() + 1);
        assertThat(now.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-10T08:30:00Z"));
        assertThat(now.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-10T11:30:00Z"));
        assertThat(now.getLocation().getValue()).isEqualTo("Main hall, 1 Rue de la Gare, Luxembourg");
    }

    @Test
    void theCalendarFeedListsMyEventsUntilItsSecretIsReplaced() {
        long going = event(5, null);
        long other = event(5, null);
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        rsvps.going(going);
        String token = calendars.newFeedToken();
        ICalendar feed = Biweekly.parse(calendars.feed(token).orElseThrow()).first();
        assertThat(feed.getEvents()).extracting(e -> e.getUid().getValue()).containsExactly("event-" + going + "@hubtable.eu");
        assertThat(calendars.feed("forged-" + token)).isEmpty();

        signIn(manon);
        events.cancel(going);
        VEvent cancelled = Biweekly.parse(calendars.feed(token).orElseThrow()).first().getEvents().getFirst();
        assertThat(cancelled.getStatus().isCancelled()).isTrue();

        signIn(lea);
        String renewed = calendars.newFeedToken();
        assertThat(calendars.feed(token)).as("the old secret is revoked").isEmpty();
        assertThat(calendars.feed(renewed)).isPresent();
        calendars.revokeFeed();
        assertThat(calendars.feed(renewed)).isEmpty();
        assertThat(other).isPositive();
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;

    @Test
    void calendarAppsFetchTheFeedWithoutSigningInAndAForgedAddressGetsNothing() throws Exception {
        long event = event(5, null);
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        rsvps.going(event);
        String token = calendars.newFeedToken();
        var http = java.net.http.HttpClient.newHttpClient();
        var feed = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/calendar/" + token + ".ics"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(Biweekly.parse(feed.body()).first().getEvents()).hasSize(1);
        var forged = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/calendar/x" + token + ".ics"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    void theListFiltersByHostFormatMonthAndTheme() {
        long december = event(5, null);
        signIn(manon);
        long january = events.create(form(5, LocalDateTime.of(2027, 1, 14, 18, 0), null));
        assertThat(events.list(EventPeriod.UPCOMING, hub, null, null, null)).extracting(EventCard::id).containsExactly(december, january);
        assertThat(events.list(EventPeriod.UPCOMING, null, null, YearMonth.of(2027, 1), null)).extracting(EventCard::id)
                .containsExactly(january);
        assertThat(events.list(EventPeriod.UPCOMING, null, EventFormat.ONLINE, null, null)).isEmpty();
        assertThat(events.list(EventPeriod.UPCOMING, null, null, null, "Games")).hasSize(2);
        assertThat(events.list(EventPeriod.PAST, null, null, null, null)).isEmpty();
        assertThat(events.themes()).containsExactly("Games");
    }
}
