package eu.hubtable.agenda;

/** A saved agenda a host starts new sessions from. */
public record TemplateCard(long id, String name, int items, int plannedMinutes) {
}
