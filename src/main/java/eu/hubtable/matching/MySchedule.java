package eu.hubtable.matching;

import java.util.List;

/** A member's meetings at events: the slots they published, their requests, and what was accepted; by time. */
public record MySchedule(List<SlotCard> slots, List<MyRequest> requests, List<MeetingCard> meetings) {
}
