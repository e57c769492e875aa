package eu.hubtable.impact;

/** What a hub's dashboard counts over a period; texts are {@code impact.indicator.<NAME>}. */
public enum Indicator {
    /** Members who did anything counted here (RSVP, check-in, contact, meeting, action, ...). */
    ACTIVE_MEMBERS,
    /** Active in the period and in the period before it. */
    RETURNING_MEMBERS,
    /** Round-table rooms held: closed by their facilitators or past their end, with at least one visitor. */
    SESSIONS_HELD,
    /** Events past their end that were not cancelled. */
    EVENTS_HELD,
    EVENTS_WITH_RSVPS,
    RSVPS,
    CHECK_INS,
    /** Check-ins per confirmed RSVP, in percent; none without RSVPs. */
    ATTENDANCE_RATE,
    NEW_CONTACTS,
    /** New contacts between members who both name sectors and share none. */
    CROSS_SECTOR_CONTACTS,
    MEETINGS_HELD,
    CONSORTIA_FORMED,
    INTRODUCTIONS_MADE,
    MATCHES_ACCEPTED,
    /** Done on or before the due date (or without one). */
    ACTIONS_DONE_ON_TIME,
    ACTIONS_DONE_LATE,
    /** Agenda outcomes a working group's co-leads logged as decisions. */
    DECISIONS_LOGGED,
    /** Working-group deliverables that reached "delivered". */
    DELIVERABLES_DELIVERED
}
