package eu.hubtable.event;

public enum RsvpStatus { GOING, WAITLISTED, CANCELLED }
