package eu.hubtable.event;

import java.io.Serial;

/** An event action that cannot be done now (deadline passed, event cancelled, code reused...); {@link #messageKey()} says why. */
public class EventRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public EventRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
