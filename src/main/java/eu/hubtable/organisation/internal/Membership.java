package eu.hubtable.organisation.internal;

import eu.hubtable.organisation.MembershipRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member belongs to an organisation; members are referenced by id, across the module boundary. */
@Entity
@Table(name = "organisation_membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    private MembershipRole role;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Membership() {
        // for JPA
        this.role = MembershipRole.MEMBER;
        this.createdAt = Instant.EPOCH;
    }

    public Membership(long organisationId, long memberId, MembershipRole role, Instant now) {
        this.organisationId = organisationId;
        this.memberId = memberId;
        this.role = role;
        this.createdAt = now;
    }
}
