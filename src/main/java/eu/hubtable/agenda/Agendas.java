package eu.hubtable.agenda;

import eu.hubtable.core.live.LiveForms;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.room.RoomDetails;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agendas and their items. Items are ordered by a contiguous position; adding, moving and removing
 * lock the agenda row, so concurrent reorders queue up instead of interleaving. A field edit locks
 * nothing: it overwrites only the value its editor last saw (compare-and-set), so two people
 * editing different fields never clash, and two saving the same field from the same value never
 * silently overwrite each other.
 */
@Service
public class Agendas {

    public static final int MAX_TITLE = 200;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ITEMS = 100;

    private final JdbcClient jdbc;
    private final AgendaAccess access;
    private final AgendaSheets sheets;
    private final LiveForms liveForms;
    private final CurrentMember currentMember;
    private final Clock clock;

    Agendas(JdbcClient jdbc, AgendaAccess access, AgendaSheets sheets, LiveForms liveForms, CurrentMember currentMember,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.sheets = sheets;
        this.liveForms = liveForms;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** The room's agenda, if it has one (and the member may see the room). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> ofRoom(long roomId) {
        access.room(roomId);
        return jdbc.sql("select id from agenda where room_id = :room").param("room", roomId).query(Long.class).optional();
    }

    /**
     * Gives the room its agenda (facilitators), empty or copied from one of the host's templates;
     * a room has one agenda, so a second call returns the first one's id.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long createForRoom(long roomId, @Nullable Long templateId) {
        RoomDetails room = access.room(roomId);
        if (!room.facilitating()) {
            throw new AccessDeniedException("Only facilitators give room " + roomId + " an agenda");
        }
        return create("room_id", roomId, room.organisationId(), templateId);
    }

    /** The event's agenda, if it has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> ofEvent(long eventId) {
        access.event(eventId);
        return jdbc.sql("select id from agenda where event_id = :event").param("event", eventId).query(Long.class).optional();
    }

    /** Gives the event its agenda (the host's managers), as {@link #createForRoom} does for rooms. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long createForEvent(long eventId, @Nullable Long templateId) {
        var event = access.event(eventId);
        if (!event.hosting()) {
            throw new AccessDeniedException("Only the hosts of event " + eventId + " give it an agenda");
        }
        return create("event_id", eventId, event.organisationId(), templateId);
    }

    private long create(String ownerColumn, long ownerId, long organisationId, @Nullable Long templateId) {
        String existingSql = "select id from agenda where " + ownerColumn + " = :owner";
        Optional<Long> existing = jdbc.sql(existingSql).param("owner", ownerId).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into agenda (" + ownerColumn + ", created_by, created_at, updated_at) values (:owner, :me, :now, :now)")
                    .param("owner", ownerId).param("me", currentMember.require().memberId()).param("now", now).update(key);
        } catch (DuplicateKeyException createdMeanwhile) {
            return jdbc.sql(existingSql).param("owner", ownerId).query(Long.class).single();
        }
        long agendaId = key.getKey().longValue();
        if (templateId != null) {
            int copied = jdbc.sql("""
                    insert into agenda_item (agenda_id, position, title, planned_minutes, notes, updated_by, updated_at)
                    select :agenda, t.position, t.title, t.planned_minutes, t.notes, :me, :now
                    from agenda_template_item t join agenda_template a on a.id = t.template_id
                    where a.id = :template and a.organisation_id = :org""")
                    .param("agenda", agendaId).param("me", currentMember.require().memberId()).param("now", now)
                    .param("template", templateId).param("org", organisationId).update();
            if (copied == 0 && !templateExists(templateId, organisationId)) {
                throw new AgendaRefused("agenda.template.not-found");
            }
        }
        return agendaId;
    }

    private boolean templateExists(long templateId, long organisationId) {
        return jdbc.sql("select count(*) from agenda_template where id = :id and organisation_id = :org")
                .param("id", templateId).param("org", organisationId).query(Integer.class).single() > 0;
    }

    /** The agenda as everyone in the session sees it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AgendaSheet sheet(long agendaId) {
        access.read(agendaId);
        return sheets.sheet(agendaId);
    }

    /**
     * Opens the agenda for a screen that follows it live: access is checked once here, then
     * {@link AgendaWatch#current()} serves the shared sheet however often the screen redraws.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AgendaWatch watch(long agendaId) {
        AgendaAccess.Granted granted = access.read(agendaId);
        return new AgendaWatch(agendaId, granted.rights(), sheets);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long addItem(long agendaId, String title, int plannedMinutes) {
        access.edit(agendaId);
        String problem = problem(ItemField.TITLE, title);
        if (problem == null) {
            problem = problem(ItemField.PLANNED_MINUTES, plannedMinutes);
        }
        if (problem != null) {
            throw new AgendaRefused(problem);
        }
        lock(agendaId);
        int count = count(agendaId);
        if (count >= MAX_ITEMS) {
            throw new AgendaRefused("agenda.items.too-many");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agenda_item (agenda_id, position, title, planned_minutes, updated_by, updated_at)
                values (:agenda, :position, :title, :minutes, :me, :now)""")
                .param("agenda", agendaId).param("position", count).param("title", title.strip())
                .param("minutes", plannedMinutes).param("me", currentMember.require().memberId())
                .param("now", Timestamp.from(clock.instant())).update(key);
        sheets.changed(agendaId);
        return key.getKey().longValue();
    }

    /**
     * Stores one field of an item, if its stored value is still {@code seen} (what the editor's screen
     * showed before they typed). When it is not, nothing is stored and the stored value is put back
     * on every live form of the item, replacing the refused text there.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FieldSave edit(long itemId, ItemField field, @Nullable Object seen, @Nullable Object value) {
        long agendaId;
        try {
            agendaId = access.agendaOfItem(itemId);
        } catch (AgendaRefused gone) {
            return new FieldSave.Gone();
        }
        access.edit(agendaId);
        String problem = problem(field, value);
        if (problem != null) {
            return new FieldSave.Rejected(problem);
        }
        Object stored = normalised(field, value);
        int changed = jdbc.sql("update agenda_item set " + field.column() + " = :value, version = version + 1, updated_by = :me,"
                        + " updated_at = :now where id = :id and " + field.column() + " <=> :seen")
                .param("value", stored).param("seen", normalised(field, seen)).param("me", currentMember.require().memberId())
                .param("now", Timestamp.from(clock.instant())).param("id", itemId).update();
        String topic = TopicIds.agendaItem(agendaId, itemId);
        if (changed == 1) {
            // no publish here: the editor's live form put the value on the topic before saving, and
            // re-publishing after commit could land after a newer keystroke and roll it back
            sheets.changed(agendaId);
            return new FieldSave.Saved(stored);
        }
        record Current(@Nullable Object value, @Nullable String by) {
        }
        Optional<Current> current = jdbc.sql("select i." + field.column() + ", case when m.status = 'ACTIVE' then m.display_name end"
                        + " from agenda_item i left join member m on m.id = i.updated_by where i.id = :id")
                .param("id", itemId).query((rs, n) -> new Current(rs.getObject(1), rs.getString(2))).optional();
        if (current.isEmpty()) {
            return new FieldSave.Gone();
        }
        Object now = typed(field, current.get().value());
        if (Objects.equals(now, stored)) {
            return new FieldSave.Saved(stored); // someone stored the very same value meanwhile
        }
        liveForms.publish(topic, field.property(), now);
        return new FieldSave.Conflict(now, current.get().by());
    }

    /** Moves an item to a position (0 = first); the others close up. Positions stay contiguous. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void move(long itemId, int toPosition) {
        long agendaId = access.agendaOfItem(itemId);
        access.edit(agendaId);
        lock(agendaId);
        int from = position(itemId);
        int last = count(agendaId) - 1;
        int to = Math.clamp(toPosition, 0, last);
        if (from == to) {
            return;
        }
        // park the item, shift the others in an order that never collides with the unique position
        setPosition(itemId, -1);
        if (to < from) {
            jdbc.sql("""
                    update agenda_item set position = position + 1
                    where agenda_id = :agenda and position >= :to and position < :from order by position desc""")
                    .param("agenda", agendaId).param("to", to).param("from", from).update();
        } else {
            jdbc.sql("""
                    update agenda_item set position = position - 1
                    where agenda_id = :agenda and position > :from and position <= :to order by position""")
                    .param("agenda", agendaId).param("to", to).param("from", from).update();
        }
        setPosition(itemId, to);
        sheets.changed(agendaId);
    }

    /**
     * Removes an item and its action items; the running item stays until the session moves on.
     * Returns false when someone else removed it first.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean remove(long itemId) {
        long agendaId = access.agendaOfItem(itemId);
        access.edit(agendaId);
        lock(agendaId);
        Optional<Integer> position = jdbc.sql("select position from agenda_item where id = :id for update").param("id", itemId)
                .query(Integer.class).optional();
        if (position.isEmpty()) {
            return false; // removed meanwhile by someone else: the wish is fulfilled
        }
        Long current = jdbc.sql("select current_item_id from agenda where id = :id for update").param("id", agendaId)
                .query(Long.class).optional().orElse(null);
        if (Objects.equals(current, itemId)) {
            throw new AgendaRefused("agenda.item.running");
        }
        jdbc.sql("delete from agenda_item where id = :id").param("id", itemId).update();
        jdbc.sql("update agenda_item set position = position - 1 where agenda_id = :agenda and position > :p order by position")
                .param("agenda", agendaId).param("p", position.get()).update();
        sheets.changed(agendaId);
        return true;
    }

    /** Lets a member edit the agenda (facilitators only). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void grantEditing(long agendaId, long memberId) {
        access.facilitate(agendaId);
        jdbc.sql("""
                insert ignore into agenda_editor (agenda_id, member_id, granted_by, granted_at)
                select :agenda, id, :me, :now from member where id = :member and status = 'ACTIVE'""")
                .param("agenda", agendaId).param("member", memberId).param("me", currentMember.require().memberId())
                .param("now", Timestamp.from(clock.instant())).update();
        sheets.changed(agendaId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeEditing(long agendaId, long memberId) {
        access.facilitate(agendaId);
        jdbc.sql("delete from agenda_editor where agenda_id = :agenda and member_id = :member")
                .param("agenda", agendaId).param("member", memberId).update();
        sheets.changed(agendaId);
    }

    /** Members the facilitators let edit, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Editor> editors(long agendaId) {
        access.read(agendaId);
        return jdbc.sql("""
                select m.id, m.display_name from agenda_editor e join member m on m.id = e.member_id
                where e.agenda_id = :agenda and m.status = 'ACTIVE' order by m.display_name""")
                .param("agenda", agendaId).query((rs, n) -> new Editor(rs.getLong(1), rs.getString(2))).list();
    }

    public record Editor(long memberId, String displayName) {
    }

    /** Why a value cannot be stored in the field, as an i18n key, or null when it can. */
    public static @Nullable String problem(ItemField field, @Nullable Object value) {
        return switch (field) {
            case TITLE -> !(value instanceof String title) || title.isBlank() ? "agenda.item.title.required"
                    : title.strip().length() > MAX_TITLE ? "agenda.item.title.too-long" : null;
            case PLANNED_MINUTES -> !(value instanceof Integer minutes) ? "agenda.item.minutes.required"
                    : minutes < 1 || minutes > MAX_MINUTES ? "agenda.item.minutes.range" : null;
            case OWNER -> value == null || value instanceof Long ? null : "agenda.item.owner.unknown";
            case NOTES, OUTCOME -> value == null || value instanceof String text && text.length() <= MAX_TEXT ? null
                    : "agenda.item.text.too-long";
        };
    }

    private static @Nullable Object typed(ItemField field, @Nullable Object column) {
        return switch (field) {
            case PLANNED_MINUTES -> column == null ? null : ((Number) column).intValue();
            case OWNER -> column == null ? null : ((Number) column).longValue();
            default -> column;
        };
    }

    private static @Nullable Object normalised(ItemField field, @Nullable Object value) {
        if (value instanceof String text) {
            String stripped = field == ItemField.TITLE ? text.strip() : text;
            return stripped.isBlank() && field != ItemField.TITLE ? null : stripped;
        }
        return value;
    }

    /*
     * Under InnoDB's repeatable read, a plain select after the lock would read the snapshot taken at
     * the transaction's first read, before the lock: every read that decides a position is a
     * locking read, which sees the latest committed rows.
     */
    private void lock(long agendaId) {
        jdbc.sql("select id from agenda where id = :id for update").param("id", agendaId).query(Long.class).single();
    }

    private int count(long agendaId) {
        return jdbc.sql("select count(*) from agenda_item where agenda_id = :agenda for update").param("agenda", agendaId)
                .query(Integer.class).single();
    }

    private int position(long itemId) {
        return jdbc.sql("select position from agenda_item where id = :id for update").param("id", itemId).query(Integer.class)
                .optional().orElseThrow(() -> new AgendaRefused("agenda.item.gone"));
    }

    private void setPosition(long itemId, int position) {
        jdbc.sql("update agenda_item set position = :p, version = version + 1 where id = :id")
                .param("p", position).param("id", itemId).update();
    }
}
