package eu.hubtable.agenda;

/**
 * The fields of an agenda item people edit live. {@link #property} names it on the live form and in
 * {@link ItemDraft}; the column is where it is stored.
 */
public enum ItemField {
    TITLE("title", "title"),
    PLANNED_MINUTES("plannedMinutes", "planned_minutes"),
    OWNER("ownerId", "owner_id"),
    NOTES("notes", "notes"),
    OUTCOME("outcome", "outcome");

    private final String property;
    private final String column;

    ItemField(String property, String column) {
        this.property = property;
        this.column = column;
    }

    public String property() {
        return property;
    }

    String column() {
        return column;
    }
}
