package eu.hubtable.agenda;

import org.jspecify.annotations.Nullable;

/** What became of one field edit. */
public sealed interface FieldSave {

    /** Stored; everyone sees it. */
    record Saved(@Nullable Object value) implements FieldSave {
    }

    /**
     * Someone else saved this field since the editor last saw it: nothing was overwritten. The
     * editor sees {@code current} and keeps their own text to re-apply.
     */
    record Conflict(@Nullable Object current, @Nullable String changedBy) implements FieldSave {
    }

    /** The item was removed meanwhile. */
    record Gone() implements FieldSave {
    }

    /** The value is not acceptable ({@code messageKey} says why); nothing was stored. */
    record Rejected(String messageKey) implements FieldSave {
    }
}
