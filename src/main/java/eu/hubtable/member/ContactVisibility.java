package eu.hubtable.member;

/** Who may see a member's email, phone and website. */
public enum ContactVisibility {
    /** every signed-in member */
    MEMBERS,
    /** only accepted contacts */
    CONTACTS
}
