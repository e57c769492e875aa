package eu.hubtable.member;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A pending contact request as one side sees it: who is on the other side, what they wrote. */
public record ContactRequestCard(long requestId, MemberSummary member, @Nullable String message, Instant sentAt) {
}
