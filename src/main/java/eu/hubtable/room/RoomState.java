package eu.hubtable.room;

/** Scheduled rooms can be visited; open rooms are live; closed rooms are read-only with their history. */
public enum RoomState {
    SCHEDULED, OPEN, CLOSED
}
