package eu.hubtable.event;

public enum EventFormat { IN_PERSON, ONLINE, HYBRID }
