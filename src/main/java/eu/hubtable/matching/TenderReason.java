package eu.hubtable.matching;

/**
 * The explicit rules that propose a candidate for a role, each worth some points; shown through
 * {@code tender.reason.NAME} keys with the argument (a sector's name, a skill or tag).
 */
public enum TenderReason {
    /** The member works in a sector the role needs. */
    SECTOR(3, true),
    /** The member lists a skill the role needs. */
    SKILL(4, false),
    /** The member offers one of the role's skills in a live post. */
    OFFER_TAG(2, false),
    /** The member has a live offer in one of the role's sectors. */
    OFFER_SECTOR(1, true),
    /** The organisation works in a sector the role needs. */
    ORGANISATION_SECTOR(3, true),
    /** The organisation offers one of the role's skills in a live post. */
    ORGANISATION_OFFER(2, false),
    /** Already one of the lead's contacts: information, and a small nudge up. */
    CONTACT(1, false);

    private final int points;
    private final boolean sectorArgument;

    TenderReason(int points, boolean sectorArgument) {
        this.points = points;
        this.sectorArgument = sectorArgument;
    }

    public int points() {
        return points;
    }

    /** Whether the argument is a {@link eu.hubtable.core.vocabulary.Sector} name, to be translated itself. */
    public boolean sectorArgument() {
        return sectorArgument;
    }
}
