/**
 * Agendas of rooms: items co-edited live by facilitators and the members they trust, the
 * run-of-show with a shared countdown, outcomes and action items, templates, and the synthesis as
 * Markdown or a printable page. Public API: {@link eu.hubtable.agenda.Agendas},
 * {@link eu.hubtable.agenda.RunOfShow}, {@link eu.hubtable.agenda.ActionItems},
 * {@link eu.hubtable.agenda.AgendaTemplates}, {@link eu.hubtable.agenda.AgendaExport} and their records.
 */
@NullMarked
package eu.hubtable.agenda;

import org.jspecify.annotations.NullMarked;
