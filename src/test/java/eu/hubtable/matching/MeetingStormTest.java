package eu.hubtable.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.core.security.MemberPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many requests at the same moment: 20 threads ask for five 1:1 slots whose times overlap, while one
 * member asks for all five at once. Every slot ends up with exactly one request, and nobody holds two
 * overlapping ones: the losers are told the slot is taken or that they are already booked. The same member
 * also asks for three overlapping group slots nobody else wants, where only his own time can stop him.
 */
class MeetingStormTest extends MeetingTest {

    @Test
    void simultaneousRequestsNeverDoubleBookASlotOrAMember() throws Exception {
        List<MemberPrincipal> owners = List.of(lea, tom, chloe, paul, manon);
        List<Long> slotIds = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            // 14:00, 14:10, 14:00, 14:10, 14:00 for 20 minutes: each overlaps every other
            slotIds.add(slot(owners.get(i), TWO_PM.plusMinutes(i % 2 * 10), 20, 1));
        }
        List<MemberPrincipal> crowd = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            crowd.add(going("Visitor " + i));
        }
        MemberPrincipal greedy = going("Greedy Gus");
        // three group slots that only Gus asks for: seats are no obstacle there, only his own time is
        List<Long> groupSlots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            groupSlots.add(slot(going("Host " + i), TWO_PM.plusMinutes(5 * i), 15, 3));
        }
        record Ask(MemberPrincipal member, long slotId) {
        }
        List<Ask> asks = new ArrayList<>();
        groupSlots.forEach(slotId -> asks.add(new Ask(greedy, slotId)));
        for (int i = 0; i < crowd.size(); i++) {
            asks.add(new Ask(crowd.get(i), slotIds.get(i % slotIds.size())));
            if (i < slotIds.size()) {
                asks.add(new Ask(greedy, slotIds.get(i)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Ask ask : asks) {
            outcomes.add(pool.submit(() -> {
                signIn(ask.member());
                go.await();
                try {
                    slots.request(ask.slotId(), "Quick chat", List.of());
                    return "requested";
                } catch (MeetingRefused refused) {
                    return refused.messageKey();
                }
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).isSubsetOf("requested", "meeting.slot.taken", "meeting.you-are-busy");
        long requested = results.stream().filter("requested"::equals).count();
        assertThat(requested).as("one per 1:1 slot, and Gus's group slot unless he won a 1:1").isBetween(5L, 6L);
        assertThat(results).filteredOn("meeting.you-are-busy"::equals).as("Gus's other group slots").hasSizeGreaterThanOrEqualTo(2);
        for (long slotId : slotIds) {
            assertThat(jdbc.sql("select coalesce(sum(seats), 0) from meeting_request where slot_id = :s and status = 'PENDING'")
                    .param("s", slotId).query(Integer.class).single()).as("slot " + slotId).isEqualTo(1);
        }
        assertThat(jdbc.sql("""
                select count(*) from meeting_request r join meeting_guest g on g.request_id = r.id
                where g.member_id = :greedy and r.status = 'PENDING'""").param("greedy", greedy.memberId()).query(Integer.class).single())
                .as("the member who asked for every slot holds exactly one").isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from meeting_guest g1 join meeting_request r1 on r1.id = g1.request_id
                join meeting_slot s1 on s1.id = r1.slot_id
                join meeting_guest g2 on g2.member_id = g1.member_id and g2.request_id > g1.request_id
                join meeting_request r2 on r2.id = g2.request_id join meeting_slot s2 on s2.id = r2.slot_id
                where r1.status in ('PENDING', 'ACCEPTED') and r2.status in ('PENDING', 'ACCEPTED')
                  and s1.starts_at < s2.ends_at and s2.starts_at < s1.ends_at""").query(Integer.class).single())
                .as("nobody in two overlapping meetings").isZero();
        assertThat(count("meeting_request")).as("refused requests stored nothing").isEqualTo((int) requested);
    }
}
