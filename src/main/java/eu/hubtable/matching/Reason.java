package eu.hubtable.matching;

import java.util.List;

/** One reason for a suggestion with its arguments (rendered by the view in the reader's language). */
public record Reason(ReasonKind kind, List<String> arguments, int points) {

    public Reason {
        arguments = List.copyOf(arguments);
    }
}
