package eu.hubtable.matching;

import java.util.List;

/** A request for a slot: who asks, whom they bring, why, and where it stands. */
public record RequestCard(long id, long slotId, long requesterId, String requesterName, List<String> others, String purpose,
        int seats, MeetingStatus status) {
}
