/**
 * Matching: offers and needs posted by members (and on behalf of their organisations), browsed,
 * searched and answered privately ({@link eu.hubtable.matching.Posts}); suggestions of people,
 * organisations and posts with the reasons that made them ({@link eu.hubtable.matching.Matches});
 * introductions curated by hub managers ({@link eu.hubtable.matching.Introductions}); tender
 * consortia: cards with the roles a bid needs, candidates per open role with their reasons,
 * invitations, deadline reminders ({@link eu.hubtable.matching.Consortia}); meeting slots at events,
 * never double-booking anyone ({@link eu.hubtable.matching.MeetingSlots}). Module events for impact:
 * {@link eu.hubtable.matching.MatchAccepted}, {@link eu.hubtable.matching.IntroductionMade},
 * {@link eu.hubtable.matching.ConsortiumFormed}, {@link eu.hubtable.matching.MeetingHeld}.
 */
@NullMarked
package eu.hubtable.matching;

import org.jspecify.annotations.NullMarked;
