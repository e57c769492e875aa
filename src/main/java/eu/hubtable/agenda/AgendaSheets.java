package eu.hubtable.agenda;

import eu.hubtable.core.db.AfterCommit;
import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agenda everyone watches, read once per change however many screens show it: a change drops
 * the cached sheet after commit, then signals the agenda's topic, and every screen re-reads the one
 * fresh sheet. A read that raced a change is returned but never cached.
 */
@Component
class AgendaSheets {

    private final JdbcClient jdbc;
    private final LiveSignals signals;
    private final Map<Long, AgendaSheet> cached = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    AgendaSheets(JdbcClient jdbc, LiveSignals signals) {
        this.jdbc = jdbc;
        this.signals = signals;
    }

    AgendaSheet sheet(long agendaId) {
        AgendaSheet known = cached.get(agendaId);
        if (known != null) {
            return known;
        }
        AtomicLong generation = generations.computeIfAbsent(agendaId, id -> new AtomicLong());
        long before = generation.get();
        AgendaSheet fresh = load(agendaId);
        if (generation.get() == before) {
            cached.put(agendaId, fresh);
            if (generation.get() != before) {
                cached.remove(agendaId, fresh);
            }
        }
        return fresh;
    }

    /** Announces a change of the agenda once (and if) the current transaction commits. */
    void changed(long agendaId) {
        AfterCommit.run(() -> {
            generations.computeIfAbsent(agendaId, id -> new AtomicLong()).incrementAndGet();
            cached.remove(agendaId);
            signals.signal(TopicIds.agenda(agendaId));
        });
    }

    private AgendaSheet load(long agendaId) {
        Head head = jdbc.sql("""
                select a.id, a.room_id, a.event_id, coalesce(r.title, e.title) as title,
                       coalesce(r.organisation_id, e.organisation_id) as organisation_id, coalesce(r.time_zone, e.time_zone) as time_zone,
                       coalesce(r.starts_at, e.starts_at) as starts_at, a.state, a.current_item_id, a.item_started_at
                from agenda a left join room r on r.id = a.room_id left join event e on e.id = a.event_id where a.id = :id""")
                .param("id", agendaId).query(AgendaSheets::head).optional()
                .orElseThrow(() -> new AgendaRefused("agenda.not-found"));
        List<AgendaSheet.Item> items = new ArrayList<>();
        Instant[] clock = {head.plannedStart()};
        jdbc.sql("""
                select i.id, i.position, i.title, i.planned_minutes, i.owner_id,
                       case when m.status = 'ACTIVE' then m.display_name end as owner_name,
                       i.notes, i.outcome, i.status, i.actual_seconds, i.version
                from agenda_item i left join member m on m.id = i.owner_id
                where i.agenda_id = :id order by i.position""")
                .param("id", agendaId).query((rs, n) -> {
                    AgendaSheet.Item item = new AgendaSheet.Item(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
                            rs.getInt("planned_minutes"), nullableLong(rs, "owner_id"), rs.getString("owner_name"),
                            rs.getString("notes"), rs.getString("outcome"), ItemStatus.valueOf(rs.getString("status")),
                            nullableInt(rs, "actual_seconds"), clock[0], rs.getLong("version"));
                    clock[0] = clock[0].plus(Duration.ofMinutes(item.plannedMinutes()));
                    return item;
                }).list().forEach(items::add);
        List<AgendaSheet.Action> actions = jdbc.sql("""
                select x.id, x.agenda_item_id, x.text, x.assignee_id,
                       case when m.status = 'ACTIVE' then m.display_name end as assignee_name, x.due_on, x.done_at
                from action_item x left join member m on m.id = x.assignee_id
                where x.agenda_id = :id order by x.id""")
                .param("id", agendaId).query((rs, n) -> new AgendaSheet.Action(rs.getLong("id"), rs.getLong("agenda_item_id"),
                        rs.getString("text"), nullableLong(rs, "assignee_id"), rs.getString("assignee_name"),
                        rs.getObject("due_on", java.time.LocalDate.class), rs.getTimestamp("done_at") != null))
                .list();
        return new AgendaSheet(head.id(), head.roomId(), head.eventId(), head.title(), head.organisationId(), head.zone(), head.plannedStart(),
                head.state(), head.currentItemId(), head.itemStartedAt(), List.copyOf(items), actions);
    }

    private record Head(long id, @Nullable Long roomId, @Nullable Long eventId, String title, long organisationId, ZoneId zone, Instant plannedStart,
            AgendaState state, @Nullable Long currentItemId, @Nullable Instant itemStartedAt) {
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        Timestamp itemStarted = rs.getTimestamp("item_started_at");
        return new Head(rs.getLong("id"), nullableLong(rs, "room_id"), nullableLong(rs, "event_id"), rs.getString("title"), rs.getLong("organisation_id"),
                ZoneId.of(rs.getString("time_zone")), rs.getTimestamp("starts_at").toInstant(),
                AgendaState.valueOf(rs.getString("state")), nullableLong(rs, "current_item_id"),
                itemStarted == null ? null : itemStarted.toInstant());
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
