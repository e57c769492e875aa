/**
 * Matching: offers and needs posted by members (and on behalf of their organisations), browsed,
 * searched and answered privately. Public API: {@link eu.hubtable.matching.Posts} and its records.
 * Tender consortia, suggestions with reasons and meeting slots are to come (issue 7).
 */
@NullMarked
package eu.hubtable.matching;

import org.jspecify.annotations.NullMarked;
