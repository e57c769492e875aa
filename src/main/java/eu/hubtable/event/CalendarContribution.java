package eu.hubtable.event;

import java.util.List;

/**
 * A module's entries in a member's personal calendar feed (see {@link Calendars#feed}), so the event
 * module needs to know none of them. Called without a signed-in member: the feed's secret is the key.
 */
public interface CalendarContribution {

    List<CalendarEntry> entriesFor(long memberId);
}
