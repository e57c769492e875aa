package eu.hubtable.core.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member as Spring Security sees it. Built by the member module; everything else
 * reads it through {@link CurrentMember}. Equality is by member id, so one member's sessions can
 * be found and ended together.
 */
public final class MemberPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long memberId;
    private final String email;
    private final String displayName;
    private final Locale locale;
    private final Set<Role> roles;
    private final boolean enabled;
    private @Nullable String passwordHash;

    public MemberPrincipal(long memberId, String email, String displayName, Locale locale, Set<Role> roles,
            boolean enabled, @Nullable String passwordHash) {
        this.memberId = memberId;
        this.email = email;
        this.displayName = displayName;
        this.locale = locale;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    /** The principal of the current thread's security context, if a member is signed in. */
    public static Optional<MemberPrincipal> fromSecurityContext() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof MemberPrincipal principal
                ? Optional.of(principal)
                : Optional.empty();
    }

    public long memberId() {
        return memberId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return locale;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Keeps the hash out of the session once authentication is done. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberPrincipal that && that.memberId == memberId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(memberId);
    }

    @Override
    public String toString() {
        return "MemberPrincipal[" + memberId + "]";
    }
}
