package eu.hubtable.bench;

import eu.hubtable.HubtableApplication;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.event.EventForm;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.Events;
import eu.hubtable.event.RsvpStatus;
import eu.hubtable.event.Rsvps;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.VenueForm;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 500 members answer "going" to one 100-seat event at the same moment, worked off by 10 threads (the
 * database connection pool's size: more requests in flight would only wait for a connection). Each
 * answer is timed from its service call to its commit (mail queued in the outbox included); the
 * wall time for all 500 is printed too. The result is checked: exactly 100 going, 400 waitlisted,
 * and the seats went to the first 100 to take the event's lock. The same storm runs once before on
 * another event, unmeasured, so the figures are those of a warm server.
 */
final class RsvpBench implements Benchmarks.Bench {

    private static final int MEMBERS = 500;
    private static final int SEATS = 100;
    private static final int THREADS = 10;

    @Override
    public List<Figure> run() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HubtableApplication.class)
                .profiles("bench")
                .run("--hubtable.demo.enabled=false", "--hubtable.embedded-db.temporary=true", "--server.port=0",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<MemberPrincipal> people = RoomBench.generate(jdbc, MEMBERS + 1);
            Events events = app.getBean(Events.class);
            Rsvps rsvps = app.getBean(Rsvps.class);
            RoomBench.signIn(people.getFirst());
            long hub = jdbc.queryForObject("select id from organisation", Long.class);
            long hall = app.getBean(Organisations.class).addVenue(hub, new VenueForm(0, "Hall", "1 Bench Street", 100, null));
            LocalDateTime start = LocalDateTime.now().plusDays(10);
            long warmUp = events.create(new EventForm(hub, hall, null, "Warm-up meetup", "Bench", null, null, null,
                    EventFormat.IN_PERSON, start, start.plusHours(2), "UTC", SEATS, null));
            long event = events.create(new EventForm(hub, hall, null, "Bench meetup", "Bench", null, null, null, EventFormat.IN_PERSON,
                    start, start.plusHours(2), "UTC", SEATS, null));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            // a server answers warm: the same storm once on another event, not measured
            List<Future<RsvpStatus>> warming = new ArrayList<>();
            for (MemberPrincipal member : people.subList(1, MEMBERS + 1)) {
                warming.add(pool.submit(() -> {
                    RoomBench.signIn(member);
                    return rsvps.going(warmUp);
                }));
            }
            for (Future<RsvpStatus> warm : warming) {
                warm.get(60, TimeUnit.SECONDS);
            }

            CountDownLatch go = new CountDownLatch(1);
            List<Future<double[]>> answers = new ArrayList<>();
            for (MemberPrincipal member : people.subList(1, MEMBERS + 1)) {
                answers.add(pool.submit(() -> {
                    go.await();
                    RoomBench.signIn(member);
                    long begun = System.nanoTime();
                    RsvpStatus status = rsvps.going(event);
                    return new double[] {(System.nanoTime() - begun) / 1_000_000.0, status == RsvpStatus.GOING ? 1 : 0};
                }));
            }
            long started = System.nanoTime();
            go.countDown();
            double[] times = new double[MEMBERS];
            int going = 0;
            for (int i = 0; i < MEMBERS; i++) {
                double[] answer = answers.get(i).get(60, TimeUnit.SECONDS);
                times[i] = answer[0];
                going += (int) answer[1];
            }
            double wall = (System.nanoTime() - started) / 1_000_000.0;
            pool.shutdown();
            Arrays.sort(times);
            List<String> order = jdbc.queryForList("select status from rsvp where event_id = ? order by id", String.class, event);
            boolean inOrder = order.subList(0, SEATS).stream().allMatch("GOING"::equals)
                    && order.subList(SEATS, order.size()).stream().allMatch("WAITLISTED"::equals);
            if (going != SEATS || order.size() != MEMBERS || !inOrder) {
                throw new IllegalStateException("capacity broken: " + going + " going of " + order.size() + ", in order: " + inOrder);
            }
            return List.of(new Figure("rsvp.p50", times[MEMBERS / 2], "ms"),
                    new Figure("rsvp.p95", times[(int) Math.ceil(MEMBERS * 0.95) - 1], "ms"),
                    new Figure("rsvp.all-500", wall, "ms"),
                    new Figure("rsvp.going", going, "members"),
                    new Figure("rsvp.waitlisted", MEMBERS - going, "members"));
        }
    }
}
