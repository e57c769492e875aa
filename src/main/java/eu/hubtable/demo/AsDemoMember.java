package eu.hubtable.demo;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Some demo content is a member's own act (a post, a consent) that no administrator may perform for
 * them: the seeding does it as that member, then goes on as the platform.
 */
final class AsDemoMember {

    private AsDemoMember() {
    }

    static void run(Map<String, Long> memberIds, String login, Runnable act) {
        String email = login + DemoContent.DOMAIN;
        MemberPrincipal who = new MemberPrincipal(memberIds.get(email), email, login, Locale.ENGLISH, Set.of(Role.MEMBER), true, null);
        SecurityContext platform = SecurityContextHolder.getContext();
        SecurityContext member = SecurityContextHolder.createEmptyContext();
        member.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
        SecurityContextHolder.setContext(member);
        try {
            act.run();
        } finally {
            SecurityContextHolder.setContext(platform);
        }
    }
}
