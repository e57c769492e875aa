package eu.hubtable.member;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An accepted contact: both sides see each other's contact details, whatever their visibility. */
public record Contact(MemberSummary member, String email, @Nullable String phone, @Nullable String website, Instant since) {
}
