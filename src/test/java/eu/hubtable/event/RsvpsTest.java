package eu.hubtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.beans.factory.annotation.Autowired;

@RecordApplicationEvents
class RsvpsTest extends EventTest {

    @Autowired
    private ApplicationEvents published;

    @Test
    void aFullEventWaitlistsAndACancellationPromotesTheFirstWaiting() {
        long event = event(2, null);
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        MemberPrincipal ana = newMember("Ana Costa");
        MemberPrincipal ivo = newMember("Ivo Janssen");
        assertThat(answer(lea)).isEqualTo(RsvpStatus.GOING);
        assertThat(answer(tom)).isEqualTo(RsvpStatus.GOING);
        assertThat(answer(ana)).isEqualTo(RsvpStatus.WAITLISTED);
        assertThat(answer(ivo)).isEqualTo(RsvpStatus.WAITLISTED);
        assertThat(answer(ana)).as("answering twice changes nothing").isEqualTo(RsvpStatus.WAITLISTED);
        signIn(ivo);
        assertThat(events.details(event).mine().waitlistPosition()).isEqualTo(2);

        signIn(tom);
        rsvps.cancel(event);
        signIn(manon);
        assertThat(rsvps.attendees(event)).extracting(Attendee::displayName, Attendee::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Léa Martin", RsvpStatus.GOING),
                org.assertj.core.groups.Tuple.tuple("Ana Costa", RsvpStatus.GOING),
                org.assertj.core.groups.Tuple.tuple("Ivo Janssen", RsvpStatus.WAITLISTED));
        assertThat(mailsTo(ana, "On the waitlist")).isEqualTo(1);
        assertThat(mailsTo(ana, "A seat freed up")).isEqualTo(1);
        assertThat(mailsTo(lea, "You are going")).isEqualTo(1);
        assertThat(published.stream(RsvpConfirmed.class)).extracting(RsvpConfirmed::memberId)
                .containsExactly(lea.memberId(), tom.memberId(), ana.memberId());
        signIn(ivo);
        assertThat(events.details(event).mine().waitlistPosition()).isEqualTo(1);

        // Tom changes his mind: a new arrival, at the end of the waitlist
        assertThat(answer(tom)).isEqualTo(RsvpStatus.WAITLISTED);
        signIn(tom);
        assertThat(events.details(event).mine().waitlistPosition()).isEqualTo(2);
    }

    @Test
    void noAnswerAfterTheDeadlineOrToACancelledEventAndNothingChanges() {
        long event = event(10, LocalDateTime.of(2026, 12, 2, 12, 0));
        MemberPrincipal lea = newMember("Léa Martin");
        assertThat(answer(lea)).isEqualTo(RsvpStatus.GOING);
        clock.advance(Duration.ofDays(1).plusHours(4)); // 2 December, 13:00 in Luxembourg
        MemberPrincipal late = newMember("Late Comer");
        assertThatThrownBy(() -> answer(late)).hasMessage("event.deadline.passed");

        signIn(manon);
        events.cancel(event);
        assertThat(mailsTo(lea, "Cancelled")).isEqualTo(1);
        clock.pin(NOW);
        assertThatThrownBy(() -> answer(newMember("Another"))).hasMessage("event.cancelled");
        signIn(manon);
        assertThat(rsvps.attendees(event)).extracting(Attendee::displayName).containsExactly("Léa Martin");
        assertThat(events.details(event).state()).isEqualTo(EventState.CANCELLED);
    }

    @Test
    void manyAtOnceNeverExceedTheCapacityAndKeepTheirArrivalOrder() throws Exception {
        long event = event(20, null);
        List<MemberPrincipal> crowd = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            crowd.add(newMember("Member " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RsvpStatus>> answers = new ArrayList<>();
        for (MemberPrincipal member : crowd) {
            answers.add(pool.submit(() -> {
                signIn(member);
                go.await();
                return rsvps.going(event);
            }));
        }
        go.countDown();
        int going = 0;
        for (Future<RsvpStatus> answer : answers) {
            going += answer.get(60, TimeUnit.SECONDS) == RsvpStatus.GOING ? 1 : 0;
        }
        pool.shutdown();
        assertThat(going).isEqualTo(20);
        record Row(long id, String status) {
        }
        List<Row> rows = jdbc.sql("select id, status from rsvp where event_id = :e order by id").param("e", event)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
        assertThat(rows).hasSize(60);
        assertThat(rows.subList(0, 20)).extracting(Row::status).containsOnly("GOING");
        assertThat(rows.subList(20, 60)).extracting(Row::status).containsOnly("WAITLISTED");
    }

    @Test
    void onlyTheHostsManagersSeeTheAttendeesAndChangeTheEvent() {
        long event = event(10, null);
        MemberPrincipal lea = newMember("Léa Martin");
        answer(lea);
        signIn(lea);
        assertThatThrownBy(() -> rsvps.attendees(event)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rsvps.attendeesCsv(event, List.of("a", "b", "c", "d", "e"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.checkIn(event, "whatever")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.cancel(event)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.create(form(10, LocalDateTime.of(2026, 12, 5, 10, 0), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events.details(event).hosting()).isFalse();
        signIn(manon);
        assertThat(events.details(event).hosting()).isTrue();
        assertThat(rsvps.attendeesCsv(event, List.of("Name", "Email", "Status", "Answered", "Checked in")))
                .startsWith("Name,Email,Status,Answered,Checked in").contains("Léa Martin," + lea.email() + ",GOING");
    }

    private RsvpStatus answer(MemberPrincipal member) {
        signIn(member);
        return rsvps.going(events.list(EventPeriod.UPCOMING, hub, null, null, null).getFirst().id());
    }
}
