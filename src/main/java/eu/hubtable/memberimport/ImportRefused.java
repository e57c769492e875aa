package eu.hubtable.memberimport;

import java.util.List;

/** A file refused as a whole (not CSV, wrong header, too large...); nothing was stored. */
public class ImportRefused extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public ImportRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
