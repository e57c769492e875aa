package eu.hubtable.member;

/** A contact action that cannot be done; {@link #messageKey()} is the translated reason. */
public class ContactRejected extends RuntimeException {

    private final String messageKey;

    public ContactRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
