package eu.hubtable.matching;

/** Where an invitation to a tender role stands. */
public enum InvitationStatus { PENDING, ACCEPTED, DECLINED }
