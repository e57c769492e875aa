package eu.hubtable.agenda;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.room.RoomDetails;
import eu.hubtable.room.RoomRefused;
import eu.hubtable.room.Rooms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read, edit and run an agenda. The room decides who sees it and who facilitates it; the
 * facilitators decide who else edits. An agenda one may not see answers as if it did not exist.
 */
@Component
class AgendaAccess {

    private final JdbcClient jdbc;
    private final Rooms rooms;
    private final CurrentMember currentMember;

    AgendaAccess(JdbcClient jdbc, Rooms rooms, CurrentMember currentMember) {
        this.jdbc = jdbc;
        this.rooms = rooms;
        this.currentMember = currentMember;
    }

    record Granted(long agendaId, RoomDetails room, AgendaRights rights) {
    }

    /** The room, if the signed-in member may see it. */
    RoomDetails room(long roomId) {
        try {
            return rooms.details(roomId);
        } catch (RoomRefused notVisible) {
            throw new AgendaRefused("agenda.not-found");
        }
    }

    Granted read(long agendaId) {
        long roomId = jdbc.sql("select room_id from agenda where id = :id").param("id", agendaId).query(Long.class)
                .optional().orElseThrow(() -> new AgendaRefused("agenda.not-found"));
        RoomDetails room = room(roomId);
        return new Granted(agendaId, room, rights(agendaId, room));
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

    private AgendaRights rights(long agendaId, RoomDetails room) {
        if (room.facilitating()) {
            return new AgendaRights(true, true);
        }
        MemberPrincipal me = currentMember.require();
        boolean editor = jdbc.sql("select count(*) from agenda_editor where agenda_id = :agenda and member_id = :me")
                .param("agenda", agendaId).param("me", me.memberId()).query(Integer.class).single() > 0;
        return new AgendaRights(editor, false);
    }
}
