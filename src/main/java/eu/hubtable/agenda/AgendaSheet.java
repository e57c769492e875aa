package eu.hubtable.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An agenda as everyone in the session (a room or an event) sees it: items in order with their planned clock times, the
 * run-of-show state, and the action items. The same for every reader (rights are asked apart).
 */
public record AgendaSheet(long id, @Nullable Long roomId, @Nullable Long eventId, String sessionTitle, long organisationId, ZoneId zone, Instant plannedStart,
        AgendaState state, @Nullable Long currentItemId, @Nullable Instant itemStartedAt, List<Item> items,
        List<Action> actions) {

    /**
     * One item. {@code ownerName} is empty when the owner erased their account ("former member");
     * {@code plannedStart} is the session start plus the planned minutes of the items before it.
     */
    public record Item(long id, int position, String title, int plannedMinutes, @Nullable Long ownerId,
            @Nullable String ownerName, @Nullable String notes, @Nullable String outcome, ItemStatus status,
            @Nullable Integer actualSeconds, Instant plannedStart, long version) {

        public Instant plannedEnd() {
            return plannedStart.plus(Duration.ofMinutes(plannedMinutes));
        }

        /** Ran longer than planned (only known once done). */
        public boolean overran() {
            return actualSeconds != null && actualSeconds > plannedMinutes * 60;
        }
    }

    public record Action(long id, long itemId, String text, @Nullable Long assigneeId, @Nullable String assigneeName,
            @Nullable LocalDate dueOn, boolean done) {
    }

    public int plannedMinutes() {
        return items.stream().mapToInt(Item::plannedMinutes).sum();
    }

    public Instant plannedEnd() {
        return plannedStart.plus(Duration.ofMinutes(plannedMinutes()));
    }

    /** Time actually spent on the items done or skipped so far. */
    public int actualSeconds() {
        return items.stream().map(Item::actualSeconds).filter(seconds -> seconds != null).mapToInt(Integer::intValue).sum();
    }

    public Optional<Item> item(long itemId) {
        return items.stream().filter(item -> item.id() == itemId).findFirst();
    }

    public Optional<Item> current() {
        return currentItemId == null ? Optional.empty() : item(currentItemId);
    }

    /** When the running item should end: the countdown every screen shows. */
    public Optional<Instant> currentItemEnds() {
        return current().flatMap(item -> Optional.ofNullable(itemStartedAt)
                .map(started -> started.plus(Duration.ofMinutes(item.plannedMinutes()))));
    }

    public List<Action> actionsOf(long itemId) {
        return actions.stream().filter(action -> action.itemId() == itemId).toList();
    }
}
