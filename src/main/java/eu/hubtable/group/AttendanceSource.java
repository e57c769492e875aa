package eu.hubtable.group;

/**
 * What counted as coming to a held session: entering its room, being checked in at its event's door, or,
 * when the event's host checked nobody in, holding a confirmed seat (so a host without check-in still
 * gets an attendance trend, marked as such).
 */
public enum AttendanceSource { ROOM, CHECK_IN, RSVP }
