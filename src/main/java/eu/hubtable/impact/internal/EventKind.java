package eu.hubtable.impact.internal;

import java.util.List;

/** The kinds of module events impact records, and the daily counters each one adds to. */
public enum EventKind {
    RSVP_CONFIRMED, CHECKED_IN, CONTACT_ACCEPTED, ACTION_DONE, MEETING_HELD, CONSORTIUM_FORMED, INTRODUCTION_MADE, MATCH_ACCEPTED,
    DECISION_PROMOTED, DELIVERABLE_DELIVERED, ROOM_HELD, EVENT_HELD,
    /** A working group's session: counted per group only (its room or event is counted as ROOM_HELD or EVENT_HELD). */
    GROUP_SESSION_HELD;

    /** Must say what {@link Rollups#DAILY_COUNTS} says in SQL (a test checks rebuild equals incremental). */
    List<String> counters(boolean crossSector, boolean onTime) {
        return switch (this) {
            case RSVP_CONFIRMED -> List.of("RSVPS");
            case CHECKED_IN -> List.of("CHECK_INS");
            case CONTACT_ACCEPTED -> crossSector ? List.of("NEW_CONTACTS", "CROSS_SECTOR_CONTACTS") : List.of("NEW_CONTACTS");
            case ACTION_DONE -> List.of(onTime ? "ACTIONS_DONE_ON_TIME" : "ACTIONS_DONE_LATE");
            case MEETING_HELD -> List.of("MEETINGS_HELD");
            case CONSORTIUM_FORMED -> List.of("CONSORTIA_FORMED");
            case INTRODUCTION_MADE -> List.of("INTRODUCTIONS_MADE");
            case MATCH_ACCEPTED -> List.of("MATCHES_ACCEPTED");
            case DECISION_PROMOTED -> List.of("DECISIONS_LOGGED");
            case DELIVERABLE_DELIVERED -> List.of("DELIVERABLES_DELIVERED");
            case ROOM_HELD -> List.of("SESSIONS_HELD");
            case EVENT_HELD -> List.of("EVENTS_HELD");
            case GROUP_SESSION_HELD -> List.of();
        };
    }
}
