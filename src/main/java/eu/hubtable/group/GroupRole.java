package eu.hubtable.group;

/** Co-leads run the group (members, sessions, decisions); members take part; observers follow. */
public enum GroupRole { CO_LEAD, MEMBER, OBSERVER }
