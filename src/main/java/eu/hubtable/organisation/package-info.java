/**
 * Organisations (companies, hubs, clusters, institutions, schools) and who belongs to them.
 * Public API: {@link eu.hubtable.organisation.Organisations} and its records.
 */
@NullMarked
package eu.hubtable.organisation;

import org.jspecify.annotations.NullMarked;
