package eu.hubtable.core.security;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the platform itself (an administrator). For the few places where a feature has
 * already checked a member's right to act on an organisation and then needs platform operations
 * (opening accounts for a hub's import; seeding demo content). Keep every use next to its check.
 */
public final class Platform {

    private static final MemberPrincipal SYSTEM = new MemberPrincipal(0, "system@hubtable.invalid", "hubtable", Locale.ENGLISH,
            Set.of(Role.ADMIN), true, null);

    private Platform() {
    }

    public static <T> T call(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
