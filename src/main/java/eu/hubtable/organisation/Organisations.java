package eu.hubtable.organisation;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.Role;
import eu.hubtable.organisation.internal.Membership;
import eu.hubtable.organisation.internal.MembershipRepository;
import eu.hubtable.organisation.internal.Organisation;
import eu.hubtable.organisation.internal.OrganisationRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Organisations {

    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final CurrentMember currentMember;
    private final OrganisationPages pages;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, MembershipRepository memberships, CurrentMember currentMember,
            OrganisationPages pages, Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.currentMember = currentMember;
        this.pages = pages;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(NewOrganisation o) {
        Organisation organisation = new Organisation(o.name().strip(), o.kind(), clock.instant());
        organisation.describe(o.city(), o.countryCode(), o.description(), o.website());
        return organisations.save(organisation).getId();
    }

    /** Platform admins and the organisation's managers add members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void addMember(long organisationId, long memberId, MembershipRole role) {
        requireManager(organisationId);
        if (!memberships.existsByOrganisationIdAndMemberId(organisationId, memberId)) {
            memberships.save(new Membership(organisationId, memberId, role, clock.instant()));
        }
    }

    /** The signed-in member's organisations, hubs first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyOrganisation> mine() {
        return memberships.findOrganisationsOf(currentMember.id());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isManager(long organisationId, long memberId) {
        return memberships.existsByOrganisationIdAndMemberIdAndRole(organisationId, memberId, MembershipRole.MANAGER);
    }

    /** An organisation's page; empty when there is no such organisation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<OrganisationProfile> profile(long organisationId) {
        return pages.profile(organisationId, mayManage(organisationId));
    }

    /** Managers (and platform admins) describe their organisation; a newer save is never overwritten. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public OrganisationProfile update(long organisationId, OrganisationForm form) {
        requireManager(organisationId);
        pages.update(organisationId, form, clock.instant());
        return pages.profile(organisationId, true).orElseThrow();
    }

    /** Hubs and clusters list the venues they host in; their managers keep the list. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long addVenue(long organisationId, VenueForm form) {
        requireManager(organisationId);
        return pages.addVenue(organisationId, form);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updateVenue(long venueId, VenueForm form) {
        requireManager(pages.venue(venueId).orElseThrow(() -> new OrganisationRejected(
                java.util.Map.of(OrganisationRejected.Field.VERSION, "venue.gone"))).organisationId());
        pages.updateVenue(venueId, form);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeVenue(long venueId) {
        pages.venue(venueId).ifPresent(venue -> {
            requireManager(venue.organisationId());
            pages.removeVenue(venueId);
        });
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Venue> venuesOf(long organisationId) {
        return pages.venuesOf(organisationId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Venue> venue(long venueId) {
        return pages.venue(venueId);
    }

    /** Any role: rooms and events open to "the organisation's members" ask this. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isMember(long organisationId, long memberId) {
        return memberships.existsByOrganisationIdAndMemberId(organisationId, memberId);
    }

    /**
     * The hubs and clusters a member belongs to (any role), as ids: other modules' event intake asks this
     * to know which hubs an event concerns, possibly outside any signed-in request (scheduled work).
     */
    @Transactional(readOnly = true)
    public List<Long> hubsOf(long memberId) {
        return memberships.findOrganisationsOf(memberId).stream()
                .filter(o -> o.kind() == OrganisationKind.HUB || o.kind() == OrganisationKind.CLUSTER)
                .map(MyOrganisation::id).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return organisations.count();
    }

    private boolean mayManage(long organisationId) {
        var me = currentMember.require();
        return me.hasRole(Role.ADMIN) || isManager(organisationId, me.memberId());
    }

    private void requireManager(long organisationId) {
        if (!mayManage(organisationId)) {
            throw new AccessDeniedException("Only managers of organisation " + organisationId + " may do this");
        }
    }
}
