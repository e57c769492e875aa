/**
 * Impact indicators for hubs over a period compared with the previous one, and per-group and per-member
 * engagement, fed only by other modules' events (recorded in impact's own history and rolled up per day).
 * Public API: {@link eu.hubtable.impact.Indicators}, {@link eu.hubtable.impact.Engagement} and their records.
 */
@NullMarked
package eu.hubtable.impact;

import org.jspecify.annotations.NullMarked;
