/**
 * Matching: offers and needs posted by members (and on behalf of their organisations), browsed,
 * searched and answered privately; meeting slots at events, published by participants and requested
 * by others, never double-booking anyone. Public API: {@link eu.hubtable.matching.Posts},
 * {@link eu.hubtable.matching.MeetingSlots} and their records; module event
 * {@link eu.hubtable.matching.MeetingHeld}. Tender consortia and suggestions with reasons are to come (issue 7).
 */
@NullMarked
package eu.hubtable.matching;

import org.jspecify.annotations.NullMarked;
