/** The event history, its daily rollups and the queries the indicators are computed with. */
@NullMarked
package eu.hubtable.impact.internal;

import org.jspecify.annotations.NullMarked;
