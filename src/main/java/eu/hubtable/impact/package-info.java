/**
 * Impact indicators for hubs over a period compared with the previous one, fed only by other modules'
 * events (recorded in impact's own history and rolled up per day). Public API:
 * {@link eu.hubtable.impact.Indicators} and its records.
 */
@NullMarked
package eu.hubtable.impact;

import org.jspecify.annotations.NullMarked;
