package eu.hubtable.group;

import org.jspecify.annotations.Nullable;

/** Where a deliverable stands; it only moves forward. */
public enum DeliverableStatus {
    DRAFT, IN_REVIEW, DELIVERED;

    public @Nullable DeliverableStatus next() {
        return this == DRAFT ? IN_REVIEW : this == IN_REVIEW ? DELIVERED : null;
    }
}
