package eu.hubtable.member;

import eu.hubtable.core.security.CurrentMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's consent to appear by name in their hubs' engagement reports (what they attended, met and
 * did); without it they are only counted in totals. Off until they give it; giving and withdrawing take
 * effect at once, each member for themselves only: no member id comes from the outside.
 * <p>
 * The consent is its own column, written only here by one statement each, never through the profile
 * entity: a profile saved from an older tab cannot overwrite it, and changing it does not make the
 * profile open in another tab stale.
 */
@Service
public class EngagementConsent {

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Clock clock;

    EngagementConsent(JdbcClient jdbc, CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** When I agreed; empty when I have not, or withdrew since. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> mine() {
        return jdbc.sql("select engagement_consent_at from member where id = :me and status = 'ACTIVE'")
                .param("me", currentMember.id()).query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)))
                .optional().flatMap(at -> at.map(Timestamp::toInstant));
    }

    /**
     * I agree from now on, and get the time my consent counts from. Agreeing again (a second tab still
     * showing the box unticked) keeps the time I first agreed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Instant give() {
        jdbc.sql("""
                update member set engagement_consent_at = :now
                where id = :me and status = 'ACTIVE' and engagement_consent_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("me", currentMember.id()).update();
        return mine().orElseThrow();
    }

    /** I no longer agree: reports count me in totals only from their next reading on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw() {
        jdbc.sql("update member set engagement_consent_at = null where id = :me").param("me", currentMember.id()).update();
    }
}
