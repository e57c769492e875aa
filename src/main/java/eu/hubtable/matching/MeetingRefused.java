package eu.hubtable.matching;

import java.io.Serial;

/**
 * A meeting action that cannot be done now (slot taken or past, not attending the event, someone
 * already booked at that time...); {@link #messageKey()} says why. Nothing was stored.
 */
public class MeetingRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public MeetingRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
