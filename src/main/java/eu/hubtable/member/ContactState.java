package eu.hubtable.member;

import org.jspecify.annotations.Nullable;

/** The signed-in member's standing with another member; an incoming request comes with its message. */
public record ContactState(ContactStatus status, @Nullable Long requestId, @Nullable String message) {

    static ContactState of(ContactStatus status) {
        return new ContactState(status, null, null);
    }
}
