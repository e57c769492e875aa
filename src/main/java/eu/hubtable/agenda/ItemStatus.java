package eu.hubtable.agenda;

public enum ItemStatus { PLANNED, RUNNING, DONE, SKIPPED }
