package eu.hubtable.matching;

import java.time.Instant;
import java.util.List;

/**
 * A meeting took place: a slot with at least one accepted request whose end has passed (see
 * {@code HeldMeetings}). {@code meetingId} is the slot's id; {@code memberIds} are its owner first,
 * then every accepted guest.
 */
public record MeetingHeld(long meetingId, long eventId, List<Long> memberIds, Instant startsAt, Instant endsAt) {
}
