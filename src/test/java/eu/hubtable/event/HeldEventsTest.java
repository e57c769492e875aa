package eu.hubtable.event;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.core.security.MemberPrincipal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class HeldEventsTest extends EventTest {

    private static final Instant END = Instant.parse("2026-12-03T16:00:00Z");

    @Autowired
    private HeldEvents held;

    @Autowired
    private ApplicationEvents published;

    @Test
    void anEventIsHeldOnceItsEndPassedWithWhoWasGoingAndWhoCameAnnouncedOnce() {
        long event = event(2, null);
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        MemberPrincipal ana = newMember("Ana Costa");
        for (MemberPrincipal member : List.of(lea, tom, ana)) {
            signIn(member);
            rsvps.going(event);
        }
        signIn(lea);
        String leasCode = events.details(event).mine().checkinToken();
        signIn(manon);
        checkIns.checkIn(event, leasCode);

        clock.pin(END.minusSeconds(1));
        assertThat(held.announce()).as("not over yet").isZero();
        clock.pin(END);
        assertThat(held.announce()).isEqualTo(1);
        assertThat(held.announce()).as("announced once").isZero();
        assertThat(published.stream(EventHeld.class)).singleElement().isEqualTo(new EventHeld(event, hub,
                Instant.parse("2026-12-03T13:00:00Z"), END, List.of(lea.memberId(), tom.memberId()), List.of(lea.memberId())));
    }

    @Test
    void aCancelledEventIsNeverHeld() {
        long event = event(10, null);
        signIn(manon);
        events.cancel(event);
        clock.pin(END.plusSeconds(3600));
        assertThat(held.announce()).isZero();
        assertThat(published.stream(EventHeld.class)).isEmpty();
    }
}
