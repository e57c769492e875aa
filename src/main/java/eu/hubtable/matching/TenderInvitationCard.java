package eu.hubtable.matching;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An invitation waiting for my answer: to me, or to an organisation I manage ({@code organisationName}). */
public record TenderInvitationCard(long id, long tenderId, String tenderTitle, String buyer, LocalDate deadline, String roleName,
        String leadName, @Nullable String organisationName, @Nullable String note) {
}
