package eu.hubtable.event;

public enum EventPeriod { UPCOMING, PAST }
