/**
 * Matching: offers and needs posted by members (and on behalf of their organisations), browsed,
 * searched and answered privately; and tender consortia: tender cards with the roles a bid needs,
 * candidates proposed per open role with their reasons, invitations to members and organisations,
 * deadline reminders. Public API: {@link eu.hubtable.matching.Posts}, {@link eu.hubtable.matching.Consortia}
 * and their records; module event {@link eu.hubtable.matching.ConsortiumFormed}. Suggestions with
 * reasons and meeting slots are to come (issue 7).
 */
@NullMarked
package eu.hubtable.matching;

import org.jspecify.annotations.NullMarked;
