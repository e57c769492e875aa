package eu.hubtable.core.security;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the platform itself (an administrator). For the few places where a feature has
 * already checked a member's right to act on an organisation and then needs platform operations
 * (opening accounts for a hub's import; seeding demo content). Keep every use next to its check.
 * The work runs on a thread of its own: in a Vaadin request the signed-in member's security context
 * comes from their session whatever this thread sets, and the platform must not borrow it either.
 * A transaction the work needs is therefore opened inside it.
 */
public final class Platform {

    private static final MemberPrincipal SYSTEM = new MemberPrincipal(0, "system@hubtable.invalid", "hubtable", Locale.ENGLISH,
            Set.of(Role.ADMIN), true, null);

    private Platform() {
    }

    public static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread thread = Thread.ofVirtual().name("platform").start(() -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the platform worked", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
