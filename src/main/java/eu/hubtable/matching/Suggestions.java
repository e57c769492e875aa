package eu.hubtable.matching;

import java.util.List;

/** A member's suggestions, best first in each list. */
public record Suggestions(List<Suggestion> people, List<Suggestion> organisations, List<Suggestion> posts) {

    public boolean isEmpty() {
        return people.isEmpty() && organisations.isEmpty() && posts.isEmpty();
    }
}
