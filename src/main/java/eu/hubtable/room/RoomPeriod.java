package eu.hubtable.room;

/** How the catalogue groups rooms: live now (open), upcoming, past (closed or over). */
public enum RoomPeriod {
    LIVE, UPCOMING, PAST
}
