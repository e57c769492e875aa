package eu.hubtable.agenda;

/** Where a session stands: planned (editing only), running item by item, or finished (planned vs actual). */
public enum AgendaState { PLANNED, RUNNING, FINISHED }
