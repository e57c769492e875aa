package eu.hubtable.agenda;

import java.io.Serial;

/** An agenda action that cannot be done now (item gone, session already running...); {@link #messageKey()} says why. */
public class AgendaRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AgendaRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
