package eu.hubtable.matching;

/** What a suggestion points at: a person, an organisation or a live post. */
public enum SuggestionKind {
    MEMBER, ORGANISATION, POST
}
