package eu.hubtable.member;

/**
 * Where the signed-in member stands with another member. A declined request still reads as
 * {@link #REQUESTED} to the one who sent it: declining is silent.
 */
public enum ContactStatus {
    SELF, NONE, REQUESTED, INCOMING, CONTACTS
}
