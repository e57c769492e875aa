package eu.hubtable.room;

/** A room action that cannot be done now (table full, room closed...); {@link #messageKey()} says why. */
public class RoomRefused extends RuntimeException {

    private final String messageKey;

    public RoomRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
