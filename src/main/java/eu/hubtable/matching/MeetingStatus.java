package eu.hubtable.matching;

/** Where a meeting request stands. Pending and accepted requests hold the slot's seats and their people's time. */
public enum MeetingStatus { PENDING, ACCEPTED, DECLINED, CANCELLED }
