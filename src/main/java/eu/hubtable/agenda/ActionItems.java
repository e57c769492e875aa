package eu.hubtable.agenda;

import eu.hubtable.agenda.ActionRejected.Field;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a session decided someone will do: captured on an item by its editors, ticked done by the
 * assignee (or an editor), listed on each assignee's home page until done.
 */
@Service
public class ActionItems {

    public static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final AgendaAccess access;
    private final AgendaSheets sheets;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionItems(JdbcClient jdbc, AgendaAccess access, AgendaSheets sheets, CurrentMember currentMember,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.sheets = sheets;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long add(long itemId, String text, @Nullable Long assigneeId, @Nullable LocalDate dueOn) {
        long agendaId = access.agendaOfItem(itemId);
        AgendaAccess.Granted granted = access.edit(agendaId);
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (text.isBlank()) {
            problems.put(Field.TEXT, "action.text.required");
        } else if (text.strip().length() > MAX_TEXT) {
            problems.put(Field.TEXT, "action.text.too-long");
        }
        if (assigneeId != null && !isActiveMember(assigneeId)) {
            problems.put(Field.ASSIGNEE, "action.assignee.unknown");
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.ofInstant(clock.instant(), ZoneId.of(granted.session().timeZone())))) {
            problems.put(Field.DUE, "action.due.past");
        }
        if (!problems.isEmpty()) {
            throw new ActionRejected(problems);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into action_item (agenda_id, agenda_item_id, text, assignee_id, due_on, created_by, created_at)
                values (:agenda, :item, :text, :assignee, :due, :me, :now)""")
                .param("agenda", agendaId).param("item", itemId).param("text", text.strip()).param("assignee", assigneeId)
                .param("due", dueOn).param("me", currentMember.require().memberId()).param("now", Timestamp.from(clock.instant()))
                .update(key);
        sheets.changed(agendaId);
        return key.getKey().longValue();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long actionId) {
        Action action = action(actionId);
        access.edit(action.agendaId());
        jdbc.sql("delete from action_item where id = :id").param("id", actionId).update();
        sheets.changed(action.agendaId());
    }

    /** Ticks an action done (or open again): its assignee may, and so may the agenda's editors. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setDone(long actionId, boolean done) {
        Action action = action(actionId);
        MemberPrincipal me = currentMember.require();
        if (!Objects.equals(action.assigneeId(), me.memberId()) && !access.read(action.agendaId()).rights().edit()) {
            throw new AccessDeniedException("Only the assignee or an editor ticks action " + actionId);
        }
        if (done == action.done()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("update action_item set done_at = :at, done_by = :by, version = version + 1 where id = :id")
                .param("at", done ? Timestamp.from(now) : null).param("by", done ? me.memberId() : null).param("id", actionId)
                .update();
        if (done) {
            events.publishEvent(new ActionItemDone(actionId, action.agendaId(), action.assigneeId(), action.dueOn(), now));
        }
        sheets.changed(action.agendaId());
    }

    /** My open action items, soonest due first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyAction> mine() {
        return jdbc.sql("""
                select x.id, x.text, x.due_on, x.agenda_id, coalesce(r.title, e.title) as session, i.title as item
                from action_item x join agenda_item i on i.id = x.agenda_item_id
                     join agenda a on a.id = x.agenda_id left join room r on r.id = a.room_id left join event e on e.id = a.event_id
                where x.assignee_id = :me and x.done_at is null
                order by x.due_on is null, x.due_on, x.id""")
                .param("me", currentMember.require().memberId())
                .query((rs, n) -> new MyAction(rs.getLong("id"), rs.getString("text"), rs.getObject("due_on", LocalDate.class),
                        rs.getLong("agenda_id"), rs.getString("session"), rs.getString("item")))
                .list();
    }

    private record Action(long agendaId, @Nullable Long assigneeId, @Nullable LocalDate dueOn, boolean done) {
    }

    private Action action(long actionId) {
        return jdbc.sql("select agenda_id, assignee_id, due_on, done_at from action_item where id = :id").param("id", actionId)
                .query((rs, n) -> new Action(rs.getLong(1), AgendaSheets.nullableLong(rs, "assignee_id"),
                        rs.getObject(3, LocalDate.class), rs.getTimestamp(4) != null))
                .optional().orElseThrow(() -> new AgendaRefused("action.gone"));
    }

    private boolean isActiveMember(long memberId) {
        return jdbc.sql("select count(*) from member where id = :id and status = 'ACTIVE'").param("id", memberId)
                .query(Integer.class).single() > 0;
    }
}
