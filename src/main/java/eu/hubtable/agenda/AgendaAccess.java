package eu.hubtable.agenda;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.event.EventDetails;
import eu.hubtable.event.EventRefused;
import eu.hubtable.event.Events;
import eu.hubtable.room.RoomDetails;
import eu.hubtable.room.RoomRefused;
import eu.hubtable.room.Rooms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read, edit and run an agenda. Its room (or event) decides who sees it and who facilitates
 * it (an event's hosts facilitate its agenda); the facilitators decide who else edits. An agenda one
 * may not see answers as if it did not exist.
 */
@Component
class AgendaAccess {

    private final JdbcClient jdbc;
    private final Rooms rooms;
    private final Events events;
    private final CurrentMember currentMember;

    AgendaAccess(JdbcClient jdbc, Rooms rooms, Events events, CurrentMember currentMember) {
        this.jdbc = jdbc;
        this.rooms = rooms;
        this.events = events;
        this.currentMember = currentMember;
    }

    /** The session an agenda belongs to, as far as rights and dates go. */
    record Session(long organisationId, String timeZone, boolean facilitating) {

        static Session of(RoomDetails room) {
            return new Session(room.organisationId(), room.timeZone(), room.facilitating());
        }

        static Session of(EventDetails event) {
            return new Session(event.organisationId(), event.timeZone(), event.hosting());
        }
    }

    record Granted(long agendaId, Session session, AgendaRights rights) {
    }

    /** The room, if the signed-in member may see it. */
    RoomDetails room(long roomId) {
        try {
            return rooms.details(roomId);
        } catch (RoomRefused notVisible) {
            throw new AgendaRefused("agenda.not-found");
        }
    }

    /** The event, for any signed-in member (events are open to all members). */
    EventDetails event(long eventId) {
        try {
            return events.details(eventId);
        } catch (EventRefused missing) {
            throw new AgendaRefused("agenda.not-found");
        }
    }

    Granted read(long agendaId) {
        record Owner(Long roomId, Long eventId) {
        }
        Owner owner = jdbc.sql("select room_id, event_id from agenda where id = :id").param("id", agendaId)
                .query((rs, n) -> new Owner((Long) rs.getObject(1, Long.class), (Long) rs.getObject(2, Long.class)))
                .optional().orElseThrow(() -> new AgendaRefused("agenda.not-found"));
        Session session = owner.roomId() != null ? Session.of(room(owner.roomId())) : Session.of(event(owner.eventId()));
        return new Granted(agendaId, session, rights(agendaId, session));
    }

    Granted edit(long agendaId) {
        Granted granted = read(agendaId);
        if (!granted.rights().edit()) {
            throw new AccessDeniedException("Only facilitators and editors of agenda " + agendaId + " edit it");
        }
        return granted;
    }

    Granted facilitate(long agendaId) {
        Granted granted = read(agendaId);
        if (!granted.rights().facilitate()) {
            throw new AccessDeniedException("Only facilitators of agenda " + agendaId + " run it");
        }
        return granted;
    }

    /** The agenda an item belongs to, or "gone" if someone removed the item. */
    long agendaOfItem(long itemId) {
        return jdbc.sql("select agenda_id from agenda_item where id = :id").param("id", itemId).query(Long.class)
                .optional().orElseThrow(() -> new AgendaRefused("agenda.item.gone"));
    }

    private AgendaRights rights(long agendaId, Session session) {
        if (session.facilitating()) {
            return new AgendaRights(true, true);
        }
        MemberPrincipal me = currentMember.require();
        boolean editor = jdbc.sql("select count(*) from agenda_editor where agenda_id = :agenda and member_id = :me")
                .param("agenda", agendaId).param("me", me.memberId()).query(Integer.class).single() > 0;
        return new AgendaRights(editor, false);
    }
}
