package eu.hubtable.group;

import eu.hubtable.agenda.AgendaRefused;
import eu.hubtable.agenda.AgendaSheet;
import eu.hubtable.agenda.AgendaTemplates;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.agenda.TemplateCard;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.event.EventDetails;
import eu.hubtable.event.EventPeriod;
import eu.hubtable.event.EventRefused;
import eu.hubtable.event.Events;
import eu.hubtable.room.RoomDetails;
import eu.hubtable.room.RoomPeriod;
import eu.hubtable.room.RoomRefused;
import eu.hubtable.room.Rooms;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A working group's cycle of sessions: co-leads link a room or an event of the hub, start its agenda
 * from the group's template (the last one they chose), and promote the outcomes that were decisions
 * to the group's log. Open action items are read from the sessions' agendas, never copied.
 */
@Service
public class GroupSessions {

    private final JdbcClient jdbc;
    private final GroupAccess access;
    private final Rooms rooms;
    private final Events events;
    private final Agendas agendas;
    private final AgendaTemplates templates;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    GroupSessions(JdbcClient jdbc, GroupAccess access, Rooms rooms, Events events, Agendas agendas, AgendaTemplates templates,
            CurrentMember currentMember, ApplicationEventPublisher published, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.rooms = rooms;
        this.events = events;
        this.agendas = agendas;
        this.templates = templates;
        this.currentMember = currentMember;
        this.published = published;
        this.clock = clock;
    }

    /** An outcome of a session's agenda item; {@code promoted} once it is in the group's log. */
    public record Outcome(long itemId, String item, String text, boolean promoted) {
    }

    /** An action item of one of the group's sessions not yet done. */
    public record OpenAction(long actionId, long agendaId, String session, String text, @Nullable String assignee,
            @Nullable LocalDate dueOn) {

        public boolean overdueOn(LocalDate today) {
            return dueOn != null && dueOn.isBefore(today);
        }
    }

    /** A room or event of the hub that a co-lead may link as the group's next session. */
    public record SessionChoice(@Nullable Long roomId, @Nullable Long eventId, String title, Instant startsAt, String timeZone) {
    }

    /** The hub's live and upcoming rooms and upcoming events, not yet linked to the group, soonest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionChoice> linkable(long groupId) {
        GroupAccess.Group group = access.requireLead(groupId);
        List<GroupPage.Session> linked = of(groupId);
        Set<Long> linkedRooms = linked.stream().map(GroupPage.Session::roomId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        Set<Long> linkedEvents = linked.stream().map(GroupPage.Session::eventId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        List<SessionChoice> choices = new ArrayList<>();
        for (RoomPeriod period : List.of(RoomPeriod.LIVE, RoomPeriod.UPCOMING)) {
            rooms.catalogue(period, null, group.hubId()).stream().filter(room -> !linkedRooms.contains(room.id()))
                    .forEach(room -> choices.add(new SessionChoice(room.id(), null, room.title(), room.startsAt(), room.timeZone())));
        }
        events.list(EventPeriod.UPCOMING, group.hubId(), null, null, null).stream().filter(event -> !linkedEvents.contains(event.id()))
                .forEach(event -> choices.add(new SessionChoice(null, event.id(), event.title(), event.startsAt(), event.timeZone())));
        choices.sort(java.util.Comparator.comparing(SessionChoice::startsAt));
        return choices;
    }

    /** Links one of the hub's rooms (one the co-lead can see) as a session of the group. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long linkRoom(long groupId, long roomId) {
        GroupAccess.Group group = access.requireLead(groupId);
        RoomDetails room;
        try {
            room = rooms.details(roomId);
        } catch (RoomRefused notVisible) {
            throw new GroupRefused("group.session.not-found");
        }
        return link(group, room.organisationId(), "room_id", roomId, room.title(), room.startsAt(), room.timeZone());
    }

    /** Links one of the hub's events as a session of the group. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long linkEvent(long groupId, long eventId) {
        GroupAccess.Group group = access.requireLead(groupId);
        EventDetails event;
        try {
            event = events.details(eventId);
        } catch (EventRefused missing) {
            throw new GroupRefused("group.session.not-found");
        }
        return link(group, event.organisationId(), "event_id", eventId, event.title(), event.startsAt(), event.timeZone());
    }

    private long link(GroupAccess.Group group, long hostId, String column, long id, String title, Instant startsAt, String zone) {
        if (hostId != group.hubId()) {
            throw new GroupRefused("group.session.other-hub");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into working_group_session (group_id, " + column + ", title, starts_at, time_zone, linked_by, linked_at)"
                            + " values (:group, :id, :title, :starts, :zone, :me, :now)")
                    .param("group", group.id()).param("id", id).param("title", title).param("starts", Timestamp.from(startsAt))
                    .param("zone", zone).param("me", currentMember.require().memberId())
                    .param("now", Timestamp.from(clock.instant())).update(key);
        } catch (DuplicateKeyException linked) {
            throw new GroupRefused("group.session.linked");
        }
        return key.getKey().longValue();
    }

    /** The host's templates to start the session's agenda from, the group's own one first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TemplateCard> templates(long sessionId) {
        SessionRow session = session(sessionId);
        GroupAccess.Group group = access.requireLead(session.groupId());
        List<TemplateCard> all = new ArrayList<>(session.roomId() != null ? templates.forRoom(session.roomId())
                : templates.forEvent(session.eventId()));
        all.sort((a, b) -> Boolean.compare(b.id() == nullToZero(group.templateId()), a.id() == nullToZero(group.templateId())));
        return all;
    }

    /**
     * Starts the session's agenda from a template (null: the group's template, if it has one) and
     * remembers that template as the group's for the next sessions. The co-lead must facilitate the
     * room (or host the event), as for any agenda.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long startAgenda(long sessionId, @Nullable Long templateId) {
        SessionRow session = session(sessionId);
        GroupAccess.Group group = access.requireLead(session.groupId());
        if (session.agendaId() != null) {
            return session.agendaId();
        }
        Long template = templateId != null ? templateId : group.templateId();
        long agendaId;
        if (session.roomId() != null) {
            if (!roomDetails(session.roomId()).facilitating()) {
                throw new GroupRefused("group.session.not-facilitating");
            }
            agendaId = agendas.createForRoom(session.roomId(), template);
        } else {
            if (!eventDetails(session.eventId()).hosting()) {
                throw new GroupRefused("group.session.not-facilitating");
            }
            agendaId = agendas.createForEvent(session.eventId(), template);
        }
        jdbc.sql("update working_group_session set agenda_id = :agenda where id = :id").param("agenda", agendaId)
                .param("id", sessionId).update();
        if (template != null) {
            jdbc.sql("update working_group set template_id = :template, version = version + 1 where id = :group")
                    .param("template", template).param("group", group.id()).update();
        }
        return agendaId;
    }

    /**
     * The outcomes written on the session's agenda (members, observers and the hub's managers).
     * Not one transaction: an agenda the reader may no longer open is left out, not an error.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Outcome> outcomes(long sessionId) {
        SessionRow session = session(sessionId);
        access.requireVisible(session.groupId());
        if (session.agendaId() == null) {
            return List.of();
        }
        AgendaSheet sheet;
        try {
            sheet = agendas.sheet(session.agendaId());
        } catch (AgendaRefused notReadable) {
            return List.of();
        }
        Set<Long> promoted = Set.copyOf(jdbc.sql("select agenda_item_id from working_group_decision where group_id = :group")
                .param("group", session.groupId()).query(Long.class).list());
        return sheet.items().stream().filter(item -> item.outcome() != null && !item.outcome().isBlank())
                .map(item -> new Outcome(item.id(), item.title(), item.outcome().strip(), promoted.contains(item.id()))).toList();
    }

    /** A co-lead enters an outcome of the session in the group's decision log, once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long promote(long sessionId, long agendaItemId) {
        SessionRow session = session(sessionId);
        GroupAccess.Group group = access.requireLead(session.groupId());
        if (session.agendaId() == null) {
            throw new GroupRefused("group.decision.no-outcome");
        }
        AgendaSheet.Item item = agendas.sheet(session.agendaId()).item(agendaItemId)
                .filter(found -> found.outcome() != null && !found.outcome().isBlank())
                .orElseThrow(() -> new GroupRefused("group.decision.no-outcome"));
        long me = currentMember.require().memberId();
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into working_group_decision (group_id, session_id, agenda_item_id, decided_on, text, promoted_by, promoted_at)
                    values (:group, :session, :item, :on, :text, :me, :now)""")
                    .param("group", group.id()).param("session", sessionId).param("item", agendaItemId)
                    .param("on", LocalDate.ofInstant(session.startsAt(), ZoneId.of(session.timeZone())))
                    .param("text", item.outcome().strip()).param("me", me).param("now", Timestamp.from(now)).update(key);
        } catch (DuplicateKeyException twice) {
            throw new GroupRefused("group.decision.already");
        }
        long decisionId = key.getKey().longValue();
        published.publishEvent(new DecisionPromoted(decisionId, group.id(), group.hubId(), sessionId, me, now));
        return decisionId;
    }

    /** Action items still open across all the group's sessions, soonest due first. */
    @PreAuthorize("isAuthenticated()")
    public List<OpenAction> openActions(long groupId) {
        access.requireVisible(groupId);
        List<OpenAction> open = new ArrayList<>();
        for (GroupPage.Session session : of(groupId)) {
            if (session.agendaId() == null) {
                continue;
            }
            try {
                AgendaSheet sheet = agendas.sheet(session.agendaId());
                sheet.actions().stream().filter(action -> !action.done()).forEach(action -> open.add(new OpenAction(action.id(),
                        sheet.id(), session.title(), action.text(), action.assigneeName(), action.dueOn())));
            } catch (AgendaRefused notReadable) {
                // a session the reader may not open keeps its actions to itself
            }
        }
        open.sort((a, b) -> a.dueOn() == null ? (b.dueOn() == null ? 0 : 1) : b.dueOn() == null ? -1 : a.dueOn().compareTo(b.dueOn()));
        return open;
    }

    // --- reads for the group's page (access checked by WorkingGroups)

    List<GroupPage.Session> of(long groupId) {
        return jdbc.sql("""
                select id, room_id, event_id, title, starts_at, time_zone, agenda_id,
                       held_at, attendees, expected, expected_attended, attendance_source
                from working_group_session where group_id = :group order by starts_at desc, id desc""")
                .param("group", groupId)
                .query((rs, n) -> new GroupPage.Session(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getObject(7, Long.class),
                        rs.getTimestamp(8) == null ? null : new GroupPage.Attendance(rs.getTimestamp(8).toInstant(), rs.getInt(9),
                                rs.getInt(10), rs.getInt(11), AttendanceSource.valueOf(rs.getString(12)))))
                .list();
    }

    List<GroupPage.Decision> decisions(long groupId) {
        return jdbc.sql("""
                select d.id, d.decided_on, s.title, d.text, case when m.status = 'ACTIVE' then m.display_name end
                from working_group_decision d left join working_group_session s on s.id = d.session_id
                     left join member m on m.id = d.promoted_by
                where d.group_id = :group order by d.decided_on desc, d.id desc""")
                .param("group", groupId)
                .query((rs, n) -> new GroupPage.Decision(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private record SessionRow(long id, long groupId, @Nullable Long roomId, @Nullable Long eventId, Instant startsAt, String timeZone,
            @Nullable Long agendaId) {
    }

    private SessionRow session(long sessionId) {
        return jdbc.sql("select id, group_id, room_id, event_id, starts_at, time_zone, agenda_id from working_group_session where id = :id")
                .param("id", sessionId)
                .query((rs, n) -> new SessionRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getObject(7, Long.class)))
                .optional().orElseThrow(() -> new GroupRefused("group.session.gone"));
    }

    private RoomDetails roomDetails(long roomId) {
        try {
            return rooms.details(roomId);
        } catch (RoomRefused notVisible) {
            throw new GroupRefused("group.session.not-found");
        }
    }

    private EventDetails eventDetails(long eventId) {
        try {
            return events.details(eventId);
        } catch (EventRefused missing) {
            throw new GroupRefused("group.session.not-found");
        }
    }

    private static long nullToZero(@Nullable Long id) {
        return id == null ? 0 : id;
    }
}
