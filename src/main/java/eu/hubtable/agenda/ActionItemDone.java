package eu.hubtable.agenda;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Published when an action item is ticked done (impact counts actions done, and done on time). */
public record ActionItemDone(long actionId, long agendaId, @Nullable Long assigneeId, @Nullable LocalDate dueOn, Instant doneAt) {
}
