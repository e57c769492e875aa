package eu.hubtable.member;

/** An invitation that cannot be used (unknown, used, expired) or a password it cannot take; {@link #messageKey()} says why. */
public class InvitationRefused extends RuntimeException {

    private final String messageKey;

    public InvitationRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
