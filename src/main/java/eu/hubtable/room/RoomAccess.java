package eu.hubtable.room;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.organisation.Organisations;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see, join and facilitate a room. Every room service asks here, whatever the view showed:
 * a room one may not see answers as if it did not exist.
 */
@Component
class RoomAccess {

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Organisations organisations;

    RoomAccess(JdbcClient jdbc, CurrentMember currentMember, Organisations organisations) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.organisations = organisations;
    }

    record RoomRow(long id, long organisationId, RoomVisibility visibility, RoomState state) {
    }

    /** The room, if the signed-in member may see it; otherwise refused as "not found". */
    RoomRow visible(long roomId) {
        MemberPrincipal me = currentMember.require();
        RoomRow room = row(roomId).orElseThrow(() -> new RoomRefused("room.not-found"));
        if (!maySee(room, me)) {
            throw new RoomRefused("room.not-found");
        }
        return room;
    }

    /** The room, if the signed-in member facilitates it (or manages its host, or runs the platform). */
    RoomRow facilitated(long roomId) {
        RoomRow room = visible(roomId);
        if (!mayFacilitate(room, currentMember.require())) {
            throw new AccessDeniedException("Only facilitators of room " + roomId + " may do this");
        }
        return room;
    }

    boolean mayFacilitate(RoomRow room, MemberPrincipal me) {
        return me.hasRole(Role.ADMIN) || isFacilitator(room.id(), me.memberId())
                || organisations.isManager(room.organisationId(), me.memberId());
    }

    private boolean maySee(RoomRow room, MemberPrincipal me) {
        if (room.visibility() == RoomVisibility.MEMBERS || mayFacilitate(room, me)) {
            return true;
        }
        return switch (room.visibility()) {
            case ORGANISATION -> organisations.isMember(room.organisationId(), me.memberId());
            case INVITE_ONLY -> jdbc.sql("select count(*) from room_invitation where room_id = :room and member_id = :me")
                    .param("room", room.id()).param("me", me.memberId()).query(Integer.class).single() > 0;
            case MEMBERS -> true;
        };
    }

    private boolean isFacilitator(long roomId, long memberId) {
        return jdbc.sql("select count(*) from room_facilitator where room_id = :room and member_id = :member")
                .param("room", roomId).param("member", memberId).query(Integer.class).single() > 0;
    }

    private Optional<RoomRow> row(long roomId) {
        return jdbc.sql("select id, organisation_id, visibility, state from room where id = :id").param("id", roomId)
                .query((rs, n) -> new RoomRow(rs.getLong(1), rs.getLong(2), RoomVisibility.valueOf(rs.getString(3)),
                        RoomState.valueOf(rs.getString(4))))
                .optional();
    }
}
