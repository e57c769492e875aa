package eu.hubtable.core.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is acting: the signed-in member of this request, UI access or service call. */
@Component
public class CurrentMember {

    private final AuthenticationContext authenticationContext;
    private final MemberSessions memberSessions;

    CurrentMember(AuthenticationContext authenticationContext, MemberSessions memberSessions) {
        this.authenticationContext = authenticationContext;
        this.memberSessions = memberSessions;
    }

    public Optional<MemberPrincipal> find() {
        return MemberPrincipal.fromSecurityContext()
                .or(() -> authenticationContext.getAuthenticatedUser(MemberPrincipal.class));
    }

    /** The signed-in member, or an access-denied error for anonymous callers. */
    public MemberPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public long id() {
        return require().memberId();
    }

    /** Signs out here and ends the member's sessions in other browsers and devices too. */
    public void logout() {
        Optional<MemberPrincipal> member = find();
        authenticationContext.logout();
        member.ifPresent(m -> memberSessions.endAll(m.memberId()));
    }
}
