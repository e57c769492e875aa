package eu.hubtable.bench;

import eu.hubtable.HubtableApplication;
import eu.hubtable.agenda.AgendaWatch;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.agenda.FieldSave;
import eu.hubtable.agenda.ItemField;
import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One agenda, 10 editors and 190 viewers, on the real services, database and live engine. An edit
 * is timed from the editor's save call (the database write included) until each of the 199 other
 * screens' subscribers has read a sheet showing the new title: what their grid then draws. Editors
 * who have the same item open get the value sooner, on the item's live form; that path is a topic
 * write and is not what bounds the figure. Saving is the service call alone.
 */
final class AgendaBench implements Benchmarks.Bench {

    private static final int EDITORS = 10;
    private static final int VIEWERS = 190;
    private static final int ITEMS = 12;
    private static final int EDITS = 60;

    @Override
    public List<Figure> run() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HubtableApplication.class)
                .profiles("bench")
                .run("--hubtable.demo.enabled=false", "--hubtable.embedded-db.temporary=true", "--server.port=0",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            RoomBench.startVaadin(app.getEnvironment().getProperty("local.server.port"));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<MemberPrincipal> people = RoomBench.generate(jdbc, EDITORS + VIEWERS);
            Rooms rooms = app.getBean(Rooms.class);
            Agendas agendas = app.getBean(Agendas.class);
            LiveSignals signals = app.getBean(LiveSignals.class);

            List<MemberPrincipal> editors = people.subList(0, EDITORS);
            RoomBench.signIn(editors.getFirst());
            long hub = jdbc.queryForObject("select id from organisation", Long.class);
            Set<Long> facilitators = new LinkedHashSet<>();
            editors.forEach(editor -> facilitators.add(editor.memberId()));
            LocalDateTime start = LocalDateTime.now();
            long room = rooms.create(new RoomForm(hub, "Bench working group", "Bench", null, start, start.plusHours(2), "UTC",
                    RoomVisibility.MEMBERS, EDITORS + VIEWERS, facilitators, List.of(new TableForm("Plenary", null, 12, null))));
            long agenda = agendas.createForRoom(room, null);
            List<Long> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                items.add(agendas.addItem(agenda, "Item " + i, 10));
            }

            AtomicReference<CountDownLatch> round = new AtomicReference<>(new CountDownLatch(0));
            AtomicReference<String> expected = new AtomicReference<>("");
            AtomicReference<Long> started = new AtomicReference<>(0L);
            AtomicReference<MemberPrincipal> editing = new AtomicReference<>();
            List<Double> arrivals = Collections.synchronizedList(new ArrayList<>());
            for (MemberPrincipal person : people) {
                RoomBench.signIn(person);
                AgendaWatch watch = agendas.watch(agenda);
                Set<String> seenThisRound = Collections.synchronizedSet(new java.util.HashSet<>());
                signals.listen(TopicIds.agenda(agenda), () -> {
                    CountDownLatch latch = round.get();
                    String title = expected.get();
                    if (latch.getCount() == 0 || editing.get() == person || seenThisRound.contains(title)) {
                        return;
                    }
                    if (watch.current().items().stream().anyMatch(item -> item.title().equals(title))) {
                        seenThisRound.add(title);
                        arrivals.add((System.nanoTime() - started.get()) / 1_000_000.0);
                        latch.countDown();
                    }
                });
            }
            SecurityContextHolder.clearContext();

            double[] saves = new double[EDITS];
            for (int edit = 0; edit < EDITS; edit++) {
                MemberPrincipal editor = editors.get(edit % EDITORS);
                long item = items.get(edit % ITEMS);
                RoomBench.signIn(editor);
                String before = agendas.sheet(agenda).item(item).orElseThrow().title();
                String title = "Edit " + edit + " by " + editor.displayName();
                CountDownLatch latch = new CountDownLatch(EDITORS + VIEWERS - 1);
                editing.set(editor);
                expected.set(title);
                round.set(latch);
                long begun = System.nanoTime();
                started.set(begun);
                FieldSave saved = agendas.edit(item, ItemField.TITLE, before, title);
                saves[edit] = (System.nanoTime() - begun) / 1_000_000.0;
                if (!(saved instanceof FieldSave.Saved)) {
                    throw new IllegalStateException("edit " + edit + " was not saved: " + saved);
                }
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("an edit did not reach everyone: " + latch.getCount() + " missing");
                }
                round.set(new CountDownLatch(0));
                SecurityContextHolder.clearContext();
            }
            java.util.Arrays.sort(saves);
            double[] reached = arrivals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return List.of(new Figure("agenda.save.p50", saves[EDITS / 2], "ms"),
                    new Figure("agenda.save.p95", saves[(int) Math.ceil(EDITS * 0.95) - 1], "ms"),
                    new Figure("agenda.edit-reaches-all.p50", reached[reached.length / 2], "ms"),
                    new Figure("agenda.edit-reaches-all.p99", reached[(int) Math.ceil(reached.length * 0.99) - 1], "ms"),
                    new Figure("agenda.edit.deliveries", reached.length, "deliveries"));
        }
    }
}
