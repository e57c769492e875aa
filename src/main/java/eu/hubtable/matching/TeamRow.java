package eu.hubtable.matching;

import org.jspecify.annotations.Nullable;

/**
 * One line of a tender's team sheet: a role and one party invited to it (or none yet). {@code person}
 * is the member (for an organisation, the manager who answered); the email shows for accepted parties only.
 */
public record TeamRow(String role, @Nullable String person, @Nullable String organisation, @Nullable InvitationStatus status,
        @Nullable String email) {
}
