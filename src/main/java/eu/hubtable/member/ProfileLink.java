package eu.hubtable.member;

/** A link on a profile (portfolio, showreel, social profile); {@code contactsOnly} ones are contact details. */
public record ProfileLink(String url, boolean contactsOnly) {
}
