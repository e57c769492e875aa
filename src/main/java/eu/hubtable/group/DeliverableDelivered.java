package eu.hubtable.group;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A working group handed a deliverable over: impact counts deliverables delivered (and on time, against {@code dueOn}). */
public record DeliverableDelivered(long deliverableId, long groupId, long organisationId, @Nullable Long ownerId,
        @Nullable LocalDate dueOn, Instant at) {
}
