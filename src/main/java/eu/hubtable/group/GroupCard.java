package eu.hubtable.group;

import org.jspecify.annotations.Nullable;

/** A working group in a list: {@code myRole} is null when the viewer does not belong to it; {@code invited} when an invitation waits for them. */
public record GroupCard(long id, long hubId, String hubName, String name, @Nullable String purpose, @Nullable GroupRole myRole,
        int members, boolean invited) {
}
