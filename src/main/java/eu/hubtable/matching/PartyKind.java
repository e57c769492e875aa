package eu.hubtable.matching;

/** Who joins a consortium: a member in person, or an organisation (its managers answer for it). */
public enum PartyKind { MEMBER, ORGANISATION }
