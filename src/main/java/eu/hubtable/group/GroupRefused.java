package eu.hubtable.group;

import java.io.Serial;

/** A working-group action that cannot be done now (already a member, decision already logged...); {@link #messageKey()} says why. */
public class GroupRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public GroupRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
