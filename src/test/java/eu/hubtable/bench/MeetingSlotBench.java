package eu.hubtable.bench;

import eu.hubtable.HubtableApplication;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.event.EventForm;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.Events;
import eu.hubtable.event.Rsvps;
import eu.hubtable.matching.MeetingRefused;
import eu.hubtable.matching.MeetingSlots;
import eu.hubtable.matching.SlotForm;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.VenueForm;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A slot request storm at one event: 50 participants each publish a 1:1 slot (25 at the hour, 25 ten
 * minutes later, 20 minutes long, so every slot overlaps half of the others), then 200 other
 * participants request them at the same moment, four per slot; 20 of them also request two more
 * overlapping slots in the same storm (240 requests in all), worked off by 10 threads (the
 * connection pool's size). Each request is timed from its service call to its commit or refusal.
 * <p>
 * Requests stay pending until the owner accepts them, and a pending request already holds the slot's
 * seat and its people's time. So the check is: exactly one pending request per slot (50), every
 * other request refused as "taken" or "already booked then", nobody in two overlapping requests,
 * and, once every owner accepted, 50 accepted meetings. The same storm runs once before on another
 * event, unmeasured, so the figures are those of a warm server.
 */
final class MeetingSlotBench implements Benchmarks.Bench {

    private static final int OWNERS = 50;
    private static final int REQUESTERS = 200;
    private static final int GREEDY = 20;
    private static final int THREADS = 10;

    private record Ask(MemberPrincipal member, long slotId) {
    }

    @Override
    public List<Figure> run() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HubtableApplication.class)
                .profiles("bench")
                .run("--hubtable.demo.enabled=false", "--hubtable.embedded-db.temporary=true", "--server.port=0",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<MemberPrincipal> people = RoomBench.generate(jdbc, 1 + OWNERS + REQUESTERS);
            List<MemberPrincipal> owners = people.subList(1, 1 + OWNERS);
            List<MemberPrincipal> requesters = people.subList(1 + OWNERS, 1 + OWNERS + REQUESTERS);
            Events events = app.getBean(Events.class);
            Rsvps rsvps = app.getBean(Rsvps.class);
            MeetingSlots slots = app.getBean(MeetingSlots.class);
            RoomBench.signIn(people.getFirst());
            long hub = jdbc.queryForObject("select id from organisation", Long.class);
            long hall = app.getBean(Organisations.class).addVenue(hub, new VenueForm(0, "Hall", "1 Bench Street", 300, null));
            LocalDateTime start = LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                long warmUp = prepare(events, rsvps, slots, hub, hall, start, people, owners, pool, "Warm-up fair");
                storm(slots, jdbc, warmUp, requesters, pool, new AtomicInteger());
                RoomBench.signIn(people.getFirst());
                long event = prepare(events, rsvps, slots, hub, hall, start.plusDays(1), people, owners, pool, "Bench fair");
                long started = System.nanoTime();
                AtomicInteger alreadyBooked = new AtomicInteger();
                double[] times = storm(slots, jdbc, event, requesters, pool, alreadyBooked);
                double wall = (System.nanoTime() - started) / 1_000_000.0;
                Verdict verdict = verify(jdbc, event);
                if (verdict.pending() != OWNERS || verdict.overlaps() != 0 || verdict.overfull() != 0 || verdict.mostPerMember() != 1) {
                    throw new IllegalStateException("double booking: " + verdict);
                }
                List<Long> requests = jdbc.queryForList("""
                        select r.id from meeting_request r join meeting_slot s on s.id = r.slot_id
                        where s.event_id = ? and r.status = 'PENDING' order by r.id""", Long.class, event);
                for (long request : requests) {
                    long owner = jdbc.queryForObject("select s.owner_id from meeting_request r join meeting_slot s on s.id = r.slot_id "
                            + "where r.id = ?", Long.class, request);
                    RoomBench.signIn(owners.stream().filter(o -> o.memberId() == owner).findFirst().orElseThrow());
                    slots.accept(request);
                }
                int accepted = jdbc.queryForObject("""
                        select count(*) from meeting_request r join meeting_slot s on s.id = r.slot_id
                        where s.event_id = ? and r.status = 'ACCEPTED'""", Integer.class, event);
                if (accepted != OWNERS || verify(jdbc, event).overlaps() != 0) {
                    throw new IllegalStateException("accepted " + accepted + " of " + OWNERS);
                }
                return List.of(new Figure("meetings.request.p50", times[times.length / 2], "ms"),
                        new Figure("meetings.request.p95", times[(int) Math.ceil(times.length * 0.95) - 1], "ms"),
                        new Figure("meetings.request.all-" + times.length, wall, "ms"),
                        new Figure("meetings.pending-after-storm", verdict.pending(), "requests"),
                        new Figure("meetings.refused", times.length - verdict.pending(), "requests"),
                        new Figure("meetings.refused.already-booked", alreadyBooked.get(), "requests"),
                        new Figure("meetings.most-open-per-member", verdict.mostPerMember(), "requests"),
                        new Figure("meetings.double-bookings", verdict.overlaps() + verdict.overfull(), "cases"),
                        new Figure("meetings.accepted", accepted, "meetings"));
            } finally {
                pool.shutdown();
            }
        }
    }

    /** An event everyone answers "going" to, with one 1:1 slot per owner. */
    private static long prepare(Events events, Rsvps rsvps, MeetingSlots slots, long hub, long hall, LocalDateTime start,
            List<MemberPrincipal> people, List<MemberPrincipal> owners, ExecutorService pool, String title) throws Exception {
        long event = events.create(new EventForm(hub, hall, null, title, "Bench", null, null, null, EventFormat.IN_PERSON, start,
                start.plusHours(3), "UTC", 300, null));
        List<Future<?>> answers = new ArrayList<>();
        for (MemberPrincipal member : people.subList(1, people.size())) {
            answers.add(pool.submit(() -> {
                RoomBench.signIn(member);
                return rsvps.going(event);
            }));
        }
        for (Future<?> answer : answers) {
            answer.get(60, TimeUnit.SECONDS);
        }
        for (int i = 0; i < owners.size(); i++) {
            RoomBench.signIn(owners.get(i));
            slots.publish(event, new SlotForm(start.plusMinutes(i % 2 * 10), 20, 1, "T" + (i + 1), null));
        }
        return event;
    }

    /** Every requester asks for one slot (four per slot); the first 20 also for two overlapping others. Returns sorted times. */
    private static double[] storm(MeetingSlots slots, JdbcTemplate jdbc, long event, List<MemberPrincipal> requesters,
            ExecutorService pool, AtomicInteger alreadyBooked) throws Exception {
        List<Long> slotIds = jdbc.queryForList("select id from meeting_slot where event_id = ? order by id", Long.class, event);
        List<Ask> asks = new ArrayList<>();
        for (int i = 0; i < requesters.size(); i++) {
            asks.add(new Ask(requesters.get(i), slotIds.get(i % slotIds.size())));
            if (i < GREEDY) {
                // slot i+1 starts 10 minutes from slot i, slot i+2 with it: both overlap slot i
                asks.add(new Ask(requesters.get(i), slotIds.get((i + 1) % slotIds.size())));
                asks.add(new Ask(requesters.get(i), slotIds.get((i + 2) % slotIds.size())));
            }
        }
        Collections.shuffle(asks, new Random(7));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Double>> timed = new ArrayList<>();
        for (Ask ask : asks) {
            timed.add(pool.submit(() -> {
                go.await();
                RoomBench.signIn(ask.member());
                long begun = System.nanoTime();
                try {
                    slots.request(ask.slotId(), "Bench meeting", List.of());
                } catch (MeetingRefused refused) {
                    if (refused.messageKey().equals("meeting.you-are-busy")) {
                        alreadyBooked.incrementAndGet();
                    } else if (!refused.messageKey().equals("meeting.slot.taken")) {
                        throw refused;
                    }
                }
                return (System.nanoTime() - begun) / 1_000_000.0;
            }));
        }
        go.countDown();
        double[] times = new double[asks.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = timed.get(i).get(60, TimeUnit.SECONDS);
        }
        Arrays.sort(times);
        return times;
    }

    private record Verdict(int pending, int overfull, int overlaps, int mostPerMember) {
    }

    private static Verdict verify(JdbcTemplate jdbc, long event) {
        int pending = jdbc.queryForObject("""
                select count(*) from meeting_request r join meeting_slot s on s.id = r.slot_id
                where s.event_id = ? and r.status in ('PENDING', 'ACCEPTED')""", Integer.class, event);
        int overfull = jdbc.queryForObject("""
                select count(*) from meeting_slot s where s.event_id = ? and s.guests <
                  (select coalesce(sum(r.seats), 0) from meeting_request r where r.slot_id = s.id and r.status in ('PENDING', 'ACCEPTED'))""",
                Integer.class, event);
        // a member in two open requests whose slots overlap, or in an open request overlapping a slot of their own
        int overlaps = jdbc.queryForObject("""
                select count(*) from meeting_guest g1 join meeting_request r1 on r1.id = g1.request_id
                join meeting_slot s1 on s1.id = r1.slot_id
                join meeting_guest g2 on g2.member_id = g1.member_id and g2.request_id > g1.request_id
                join meeting_request r2 on r2.id = g2.request_id join meeting_slot s2 on s2.id = r2.slot_id
                where s1.event_id = ? and r1.status in ('PENDING', 'ACCEPTED') and r2.status in ('PENDING', 'ACCEPTED')
                  and s1.starts_at < s2.ends_at and s2.starts_at < s1.ends_at""", Integer.class, event)
                + jdbc.queryForObject("""
                select count(*) from meeting_guest g join meeting_request r on r.id = g.request_id
                join meeting_slot s on s.id = r.slot_id
                join meeting_slot own on own.owner_id = g.member_id and own.starts_at < s.ends_at and s.starts_at < own.ends_at
                where s.event_id = ? and r.status in ('PENDING', 'ACCEPTED')""", Integer.class, event);
        int mostPerMember = jdbc.queryForObject("""
                select coalesce(max(n), 0) from (select count(*) as n from meeting_guest g join meeting_request r on r.id = g.request_id
                join meeting_slot s on s.id = r.slot_id where s.event_id = ? and r.status in ('PENDING', 'ACCEPTED')
                group by g.member_id) held""", Integer.class, event);
        return new Verdict(pending, overfull, overlaps, mostPerMember);
    }
}
