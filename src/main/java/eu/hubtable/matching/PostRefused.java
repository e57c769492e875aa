package eu.hubtable.matching;

import java.io.Serial;

/** A post action that cannot be done (post gone or expired, answering one's own post...); {@link #messageKey()} says why. */
public class PostRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public PostRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
