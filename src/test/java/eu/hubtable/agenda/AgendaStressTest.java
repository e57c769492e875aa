package eu.hubtable.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.core.security.MemberPrincipal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty editors hammer one agenda at once with random edits, additions, moves and removals. After
 * the storm the database holds exactly what every screen shows: no item lost, doubled or ghosted,
 * positions contiguous, each title one that somebody really saved.
 */
class AgendaStressTest extends AgendaTest {

    private static final int EDITORS = 50;
    private static final int OPERATIONS_EACH = 24;

    @Autowired
    private DataSource dataSource;

    @Test
    void fiftyEditorsAtOnceLeaveOneConsistentAgenda() throws Exception {
        List<MemberPrincipal> editors = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            MemberPrincipal editor = newMember("Editor " + i);
            editors.add(editor);
            signIn(manon);
            agendas.grantEditing(agenda, editor.memberId());
        }
        signIn(manon);
        Set<Long> created = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 10; i++) {
            created.add(item("Item " + i, 10));
        }
        Set<Long> removed = ConcurrentHashMap.newKeySet();
        Map<Long, Set<String>> savedTitles = new ConcurrentHashMap<>();
        created.forEach(id -> savedTitles.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(
                agendas.sheet(agenda).item(id).orElseThrow().title()));

        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (MemberPrincipal editor : editors) {
            runs.add(pool.submit(() -> {
                signIn(editor);
                go.await();
                int conflicts = 0;
                for (int n = 0; n < OPERATIONS_EACH; n++) {
                    conflicts += act(editor, n, created, removed, savedTitles);
                }
                return conflicts;
            }));
        }
        go.countDown();
        int conflicts = 0;
        for (Future<Integer> run : runs) {
            conflicts += run.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        record Row(long id, int position, String title) {
        }
        List<Row> stored = JdbcClient.create(dataSource)
                .sql("select id, position, title from agenda_item where agenda_id = :agenda order by position")
                .param("agenda", agenda).query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
        Set<Long> expected = new HashSet<>(created);
        expected.removeAll(removed);
        assertThat(stored).extracting(Row::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(stored).extracting(Row::position).containsExactlyElementsOf(IntStream.range(0, stored.size()).boxed().toList());
        stored.forEach(row -> assertThat(savedTitles.get(row.id())).contains(row.title()));

        AgendaSheet seen = agendas.sheet(agenda);
        assertThat(seen.items()).extracting(AgendaSheet.Item::id).containsExactlyElementsOf(stored.stream().map(Row::id).toList());
        assertThat(seen.items()).extracting(AgendaSheet.Item::title).containsExactlyElementsOf(stored.stream().map(Row::title).toList());
        assertThat(conflicts).as("some saves raced and were refused, not overwritten").isGreaterThanOrEqualTo(0);
    }

    /** One random step by one editor; returns 1 when their save was refused as a conflict. */
    private int act(MemberPrincipal editor, int n, Set<Long> created, Set<Long> removed, Map<Long, Set<String>> savedTitles) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<AgendaSheet.Item> items = agendas.sheet(agenda).items();
        int dice = random.nextInt(100);
        if (items.isEmpty() || dice < 15) {
            long id = agendas.addItem(agenda, "Added by " + editor.displayName() + " #" + n, 1 + random.nextInt(30));
            savedTitles.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add("Added by " + editor.displayName() + " #" + n);
            created.add(id);
            return 0;
        }
        AgendaSheet.Item item = items.get(random.nextInt(items.size()));
        try {
            if (dice < 25) {
                if (agendas.remove(item.id())) {
                    removed.add(item.id());
                }
            } else if (dice < 50) {
                agendas.move(item.id(), random.nextInt(items.size()));
            } else {
                String title = editor.displayName() + " says " + n;
                // record before saving: a save that lands is visible to others before this thread returns
                savedTitles.computeIfAbsent(item.id(), k -> ConcurrentHashMap.newKeySet()).add(title);
                FieldSave result = agendas.edit(item.id(), ItemField.TITLE, item.title(), title);
                return result instanceof FieldSave.Conflict ? 1 : 0;
            }
        } catch (AgendaRefused gone) {
            assertThat(gone.messageKey()).isIn("agenda.item.gone", "agenda.item.running");
        }
        return 0;
    }
}
