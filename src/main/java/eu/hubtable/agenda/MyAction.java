package eu.hubtable.agenda;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An open action item assigned to the signed-in member, with where it came from. */
public record MyAction(long id, String text, @Nullable LocalDate dueOn, long agendaId, String sessionTitle, String itemTitle) {
}
