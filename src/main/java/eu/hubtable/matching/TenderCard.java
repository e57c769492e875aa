package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tender card as someone who may see it sees it: the tender, its roles with their invitations,
 * whether the viewer leads it or belongs to its team (an accepted party).
 */
public record TenderCard(long id, long version, String title, String buyer, LocalDate deadline, String link,
        @Nullable BigDecimal budgetMin, @Nullable BigDecimal budgetMax, String currency, @Nullable String description,
        long leadId, String leadName, @Nullable Instant formedAt, List<Role> roles, boolean lead, boolean team) {

    public record Role(long id, String name, List<Sector> sectors, List<String> skills, List<Invitation> invitations) {

        public boolean filled() {
            return invitations.stream().anyMatch(invitation -> invitation.status() == InvitationStatus.ACCEPTED);
        }
    }

    /** {@code answerable}: the viewer is the invited member, or manages the invited organisation. */
    public record Invitation(long id, PartyKind kind, long partyId, String partyName, @Nullable String note,
            InvitationStatus status, boolean answerable) {
    }

    public long filledCount() {
        return roles.stream().filter(Role::filled).count();
    }

    public boolean formed() {
        return formedAt != null;
    }
}
