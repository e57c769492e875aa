package eu.hubtable.member;

/** An erasure that did not happen (wrong password); {@link #messageKey()} says why. Nothing changed. */
public class ErasureRefused extends RuntimeException {

    private final String messageKey;

    public ErasureRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
