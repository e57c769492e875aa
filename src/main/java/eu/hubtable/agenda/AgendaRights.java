package eu.hubtable.agenda;

/** What one member may do with an agenda: everyone who sees the room reads it; services check again on every action. */
public record AgendaRights(boolean edit, boolean facilitate) {
}
