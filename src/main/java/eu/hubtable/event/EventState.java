package eu.hubtable.event;

public enum EventState { SCHEDULED, CANCELLED }
