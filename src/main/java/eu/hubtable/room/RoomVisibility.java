package eu.hubtable.room;

/** Who sees and joins a room: every member, the host organisation's members, or invited members. */
public enum RoomVisibility {
    MEMBERS, ORGANISATION, INVITE_ONLY
}
