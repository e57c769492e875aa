package eu.hubtable.matching;

import java.io.Serial;

/** A tender action that cannot be done (invited twice, role already filled, answered already...); {@link #messageKey()} says why. */
public class TenderRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public TenderRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
