package eu.hubtable.bench;

import eu.hubtable.HubtableApplication;
import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.room.RoomChat;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.Seating;
import eu.hubtable.room.TableForm;
import eu.hubtable.room.TableState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One live room with 200 participants on the real services, database and live engine. A join is
 * what the room page asks for when it opens: the room, a visit on record, a seat, the seating and
 * the chat history, and a live subscription. A seat change is timed from the click's service call
 * until every other participant's subscriber has run and read the new seating (what their screen
 * then draws; the render and the network push are not in the figure).
 */
final class RoomBench implements Benchmarks.Bench {

    static final int PARTICIPANTS = 200;
    private static final int SEATS = 8;
    private static final int TABLES = 26;
    private static final int SEAT_CHANGES = 30;

    @Override
    public List<Figure> run() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HubtableApplication.class)
                .profiles("bench")
                .run("--hubtable.demo.enabled=false", "--hubtable.embedded-db.temporary=true", "--server.port=0",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            startVaadin(app.getEnvironment().getProperty("local.server.port"));
            List<MemberPrincipal> people = generate(app.getBean(JdbcTemplate.class), PARTICIPANTS);
            Rooms rooms = app.getBean(Rooms.class);
            Seating seating = app.getBean(Seating.class);
            RoomChat chat = app.getBean(RoomChat.class);
            LiveSignals signals = app.getBean(LiveSignals.class);

            signIn(people.getFirst());
            long hub = app.getBean(JdbcTemplate.class).queryForObject("select id from organisation", Long.class);
            List<TableForm> tables = new ArrayList<>();
            for (int i = 0; i < TABLES; i++) {
                tables.add(new TableForm("Table " + (i + 1), null, SEATS, null));
            }
            LocalDateTime start = LocalDateTime.now();
            long room = rooms.create(new RoomForm(hub, "Bench room", "Bench", null, start, start.plusHours(2), "UTC",
                    RoomVisibility.MEMBERS, PARTICIPANTS + SEATS * 2, Set.of(), tables));
            rooms.open(room);
            for (int i = 0; i < 100; i++) {
                chat.post(room, null, "Message " + i + " of the room's history");
            }
            List<Long> tableIds = seating.tables(room).stream().map(TableState::id).toList();

            AtomicReference<CountDownLatch> round = new AtomicReference<>(new CountDownLatch(0));
            AtomicReference<Long> roundStarted = new AtomicReference<>(0L);
            AtomicInteger mover = new AtomicInteger(-1);
            List<Double> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
            double[] joins = new double[PARTICIPANTS];
            for (int i = 0; i < PARTICIPANTS; i++) {
                MemberPrincipal person = people.get(i);
                int index = i;
                signIn(person);
                long begun = System.nanoTime();
                rooms.details(room);
                seating.enter(room);
                seating.sit(room, tableIds.get(i / SEATS));
                seating.tables(room);
                chat.history(room, null);
                signals.listen(TopicIds.seats(room), () -> {
                    CountDownLatch latch = round.get();
                    if (latch.getCount() == 0 || mover.get() == index) {
                        return;
                    }
                    asMember(person, () -> seating.announced(room));
                    arrivals.add((System.nanoTime() - roundStarted.get()) / 1_000_000.0);
                    latch.countDown();
                });
                joins[i] = (System.nanoTime() - begun) / 1_000_000.0;
            }
            SecurityContextHolder.clearContext();
            Thread.sleep(500); // let the joins' own announcements settle

            for (int change = 0; change < SEAT_CHANGES; change++) {
                int who = change * 7 % PARTICIPANTS;
                MemberPrincipal person = people.get(who);
                signIn(person);
                long free = seating.tables(room).stream().filter(t -> t.seatsLeft() > 0 && !t.seats(person.memberId()))
                        .findFirst().orElseThrow().id();
                mover.set(who);
                CountDownLatch latch = new CountDownLatch(PARTICIPANTS - 1);
                roundStarted.set(System.nanoTime());
                round.set(latch);
                seating.sit(room, free);
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a seat change did not reach everyone: " + latch.getCount() + " missing");
                }
                round.set(new CountDownLatch(0));
            }
            SecurityContextHolder.clearContext();
            Arrays.sort(joins);
            double[] reached = arrivals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return List.of(new Figure("room.join.p50", joins[PARTICIPANTS / 2], "ms"),
                    new Figure("room.join.p95", joins[(int) Math.ceil(PARTICIPANTS * 0.95) - 1], "ms"),
                    new Figure("room.seat-change-reaches-all.p50", reached[reached.length / 2], "ms"),
                    new Figure("room.seat-change-reaches-all.p99", reached[(int) Math.ceil(reached.length * 0.99) - 1], "ms"),
                    new Figure("room.seat-change.deliveries", reached.length, "deliveries"));
        }
    }

    /** Vaadin starts its service (and with it the live engine) on the first request. */
    static void startVaadin(String port) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** A hub and {@code count} members; the first member manages the hub. */
    static List<MemberPrincipal> generate(JdbcTemplate jdbc, int count) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into organisation (name, kind, created_at, updated_at) values ('Bench hub', 'HUB', ?, ?)", now, now);
        long hub = jdbc.queryForObject("select id from organisation", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new Object[] {"room" + i + "@bench.hubtable.eu", "{noop}unused", "Participant " + i, now, now});
        }
        jdbc.batchUpdate("insert into member (email, password_hash, display_name, created_at, updated_at) values (?,?,?,?,?)", rows);
        List<Long> ids = jdbc.queryForList("select id from member order by id", Long.class);
        jdbc.update("insert into organisation_membership (organisation_id, member_id, role, created_at) values (?, ?, 'MANAGER', ?)",
                hub, ids.getFirst(), now);
        return ids.stream().map(id -> new MemberPrincipal(id, "room" + id + "@bench.hubtable.eu", "Participant " + id,
                Locale.ENGLISH, Set.of(Role.MEMBER), true, null)).toList();
    }

    static void signIn(MemberPrincipal member) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    static void asMember(MemberPrincipal member, Runnable work) {
        signIn(member);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
