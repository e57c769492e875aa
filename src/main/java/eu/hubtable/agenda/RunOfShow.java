package eu.hubtable.agenda;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a session item by item: facilitators start it, move on (done or skipped) and finish it; the
 * time each item really took is recorded. Every step locks the agenda row and names the item it
 * moves on from, so two facilitators pressing "next" at once move on once.
 */
@Service
public class RunOfShow {

    private final JdbcClient jdbc;
    private final AgendaAccess access;
    private final AgendaSheets sheets;
    private final Clock clock;

    RunOfShow(JdbcClient jdbc, AgendaAccess access, AgendaSheets sheets, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.sheets = sheets;
        this.clock = clock;
    }

    /** Starts the session with its first planned item. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void start(long agendaId) {
        access.facilitate(agendaId);
        Run run = lock(agendaId);
        if (run.state() != AgendaState.PLANNED) {
            throw new AgendaRefused("agenda.run.already-started");
        }
        long first = nextPlanned(agendaId).orElseThrow(() -> new AgendaRefused("agenda.run.empty"));
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update agenda set state = 'RUNNING', started_at = :now, version = version + 1, updated_at = :now where id = :id")
                .param("now", now).param("id", agendaId).update();
        begin(agendaId, first, now);
        sheets.changed(agendaId);
    }

    /**
     * Closes the running item (done, or skipped) and starts the next planned one; after the last,
     * the session finishes. Pressed after someone else already moved on from {@code fromItemId}, it
     * does nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void next(long agendaId, long fromItemId, boolean skipped) {
        access.facilitate(agendaId);
        Run run = lock(agendaId);
        if (run.state() != AgendaState.RUNNING || !Objects.equals(run.currentItemId(), fromItemId)) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        close(run, fromItemId, skipped ? ItemStatus.SKIPPED : ItemStatus.DONE, now);
        Optional<Long> next = nextPlanned(agendaId);
        if (next.isPresent()) {
            begin(agendaId, next.get(), now);
        } else {
            finished(agendaId, now);
        }
        sheets.changed(agendaId);
    }

    /** Ends the session now; items not reached stay planned. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void finish(long agendaId) {
        access.facilitate(agendaId);
        Run run = lock(agendaId);
        if (run.state() != AgendaState.RUNNING) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (run.currentItemId() != null) {
            close(run, run.currentItemId(), ItemStatus.DONE, now);
        }
        finished(agendaId, now);
        sheets.changed(agendaId);
    }

    private record Run(AgendaState state, @Nullable Long currentItemId, @Nullable Instant itemStartedAt) {
    }

    private Run lock(long agendaId) {
        return jdbc.sql("select state, current_item_id, item_started_at from agenda where id = :id for update")
                .param("id", agendaId)
                .query((rs, n) -> new Run(AgendaState.valueOf(rs.getString(1)), AgendaSheets.nullableLong(rs, "current_item_id"),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .single();
    }

    private Optional<Long> nextPlanned(long agendaId) {
        return jdbc.sql("select id from agenda_item where agenda_id = :id and status = 'PLANNED' order by position limit 1 for update")
                .param("id", agendaId).query(Long.class).optional();
    }

    private void begin(long agendaId, long itemId, Timestamp now) {
        jdbc.sql("update agenda set current_item_id = :item, item_started_at = :now where id = :id")
                .param("item", itemId).param("now", now).param("id", agendaId).update();
        jdbc.sql("update agenda_item set status = 'RUNNING', version = version + 1 where id = :item").param("item", itemId).update();
    }

    private void close(Run run, long itemId, ItemStatus status, Timestamp now) {
        long seconds = run.itemStartedAt() == null ? 0 : Duration.between(run.itemStartedAt(), now.toInstant()).toSeconds();
        jdbc.sql("update agenda_item set status = :status, actual_seconds = :seconds, version = version + 1 where id = :item")
                .param("status", status.name()).param("seconds", (int) Math.min(seconds, Integer.MAX_VALUE))
                .param("item", itemId).update();
    }

    private void finished(long agendaId, Timestamp now) {
        jdbc.sql("""
                update agenda set state = 'FINISHED', current_item_id = null, item_started_at = null, finished_at = :now,
                                  version = version + 1, updated_at = :now where id = :id""")
                .param("now", now).param("id", agendaId).update();
    }
}
