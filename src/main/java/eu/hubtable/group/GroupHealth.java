package eu.hubtable.group;

/** How a group looks to its steering committee: on track, or needing attention (something overdue, or no session planned). */
public enum GroupHealth { ON_TRACK, ATTENTION }
