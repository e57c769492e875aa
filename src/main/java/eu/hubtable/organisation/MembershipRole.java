package eu.hubtable.organisation;

/** A manager edits the organisation and acts for it (hosts rooms and events, imports members). */
public enum MembershipRole { MEMBER, MANAGER }
