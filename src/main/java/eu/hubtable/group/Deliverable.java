package eu.hubtable.group;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a working group hands over (a roadmap, a report): a link or a stored file; {@code ownerName} is empty for a former member. */
public record Deliverable(long id, long groupId, String title, @Nullable Long ownerId, @Nullable String ownerName, DeliverableStatus status,
        @Nullable LocalDate dueOn, @Nullable String link, @Nullable String fileName, @Nullable Integer fileSize, long version) {

    public boolean dueBy(LocalDate day) {
        return status != DeliverableStatus.DELIVERED && dueOn != null && !dueOn.isAfter(day);
    }
}
