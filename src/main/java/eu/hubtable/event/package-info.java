/**
 * Hub events in a venue and/or online through a room: RSVP with capacity and waitlist, calendar
 * files and a personal feed, check-in with QR codes, and mail about all of it. Public API:
 * {@link eu.hubtable.event.Events}, {@link eu.hubtable.event.Rsvps}, {@link eu.hubtable.event.CheckIns},
 * {@link eu.hubtable.event.Calendars} and their records; module events {@link eu.hubtable.event.RsvpConfirmed},
 * {@link eu.hubtable.event.CheckedIn} and {@link eu.hubtable.event.EventHeld}; extension points for other
 * modules: {@link eu.hubtable.event.EventExtension}
 * (a panel on the event's page) and {@link eu.hubtable.event.CalendarContribution} (entries in a member's feed).
 */
@NullMarked
package eu.hubtable.event;

import org.jspecify.annotations.NullMarked;
