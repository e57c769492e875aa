package eu.hubtable.matching;

/**
 * Why something was suggested, each with the points it adds (see {@link SuggestionRules}). A
 * complementary offer or need outweighs every other reason together, so it always ranks first.
 */
public enum ReasonKind {
    /** They offer something I need; argument: the thing. */
    THEY_OFFER_WHAT_YOU_NEED,
    /** They need something I offer; argument: the thing. */
    THEY_NEED_WHAT_YOU_OFFER,
    /** We share no sector; arguments: one sector of mine, one of theirs. */
    CROSS_SECTOR,
    /** A language we both work in; argument: its ISO code. */
    SHARED_LANGUAGE,
    /** Same city; argument: the city. */
    SAME_CITY,
    /** Same country, another city; argument: the ISO country code. */
    SAME_COUNTRY
}
