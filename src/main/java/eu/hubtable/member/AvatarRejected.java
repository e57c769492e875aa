package eu.hubtable.member;

/** An avatar upload that was refused (too big, not an image...); nothing was stored. */
public class AvatarRejected extends RuntimeException {

    private final String messageKey;

    public AvatarRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
