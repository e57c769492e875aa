package eu.hubtable.room;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A round table as everyone in the room sees it right now: who sits there and how many seats are left. */
public record TableState(long id, String name, @Nullable String topic, int seats, @Nullable String videoUrl, boolean locked,
        List<Seated> seated) {

    public int seatsLeft() {
        return Math.max(0, seats - seated.size());
    }

    public boolean seats(long memberId) {
        return seated.stream().anyMatch(s -> s.memberId() == memberId);
    }

    public record Seated(long memberId, String displayName) {
    }
}
