package eu.hubtable.organisation.internal;

import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.MyOrganisation;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    boolean existsByOrganisationIdAndMemberId(long organisationId, long memberId);

    boolean existsByOrganisationIdAndMemberIdAndRole(long organisationId, long memberId, MembershipRole role);

    /** One query, already shaped for the view: no N+1 over organisations. */
    @Query("""
            select new eu.hubtable.organisation.MyOrganisation(o.id, o.name, o.kind, o.city, m.role)
            from Membership m, Organisation o
            where o.id = m.organisationId and m.memberId = :memberId
            order by case when o.kind = eu.hubtable.organisation.OrganisationKind.HUB then 0 else 1 end, o.name""")
    List<MyOrganisation> findOrganisationsOf(long memberId);
}
