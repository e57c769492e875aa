package eu.hubtable.agenda;

import org.jspecify.annotations.Nullable;

/**
 * An agenda item as a live form holds it (the form binds by property name, hence a bean). Seeded
 * from the stored item; every change goes back through {@link Agendas#edit}.
 */
public class ItemDraft {

    private @Nullable String title;
    private @Nullable Integer plannedMinutes;
    private @Nullable Long ownerId;
    private @Nullable String notes;
    private @Nullable String outcome;

    public ItemDraft() {
    }

    public static ItemDraft of(AgendaSheet.Item item) {
        ItemDraft draft = new ItemDraft();
        draft.title = item.title();
        draft.plannedMinutes = item.plannedMinutes();
        draft.ownerId = item.ownerId();
        draft.notes = item.notes() == null ? "" : item.notes();
        draft.outcome = item.outcome() == null ? "" : item.outcome();
        return draft;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable Integer getPlannedMinutes() {
        return plannedMinutes;
    }

    public void setPlannedMinutes(@Nullable Integer plannedMinutes) {
        this.plannedMinutes = plannedMinutes;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable String outcome) {
        this.outcome = outcome;
    }
}
