package eu.hubtable.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without letting an attacker lock a member out for long: failures
 * are counted per account <em>and</em> client address, the first few are free, then each further
 * failure locks that pair for twice as long as the last (1 s, 2 s, 4 s …) up to a soft lock of
 * {@link #MAX_LOCK}. A success resets the count; an hour without failures forgets it.
 * <p>
 * In memory: one app node. With several nodes this moves to the shared store (DESIGN.md §8).
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public static String key(String username, String clientAddress) {
        return username.trim().toLowerCase(Locale.ROOT) + "|" + clientAddress;
    }

    /** How long this account/address pair must still wait; zero when it may try now. */
    public Duration remainingLock(String key) {
        Failures f = failures.get(key);
        if (f == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), f.lockedUntil());
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public void failed(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, previous) -> {
            int count = previous == null || previous.last().plus(FORGET_AFTER).isBefore(now) ? 1 : previous.count() + 1;
            return new Failures(count, now, now.plus(lockFor(count)));
        });
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    static Duration lockFor(int failureCount) {
        if (failureCount <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failureCount - FREE_FAILURES - 1, 20);
        Duration lock = Duration.ofSeconds(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    @Scheduled(fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void forgetOldFailures() {
        Instant horizon = clock.instant().minus(FORGET_AFTER);
        failures.values().removeIf(f -> f.last().isBefore(horizon) && f.lockedUntil().isBefore(clock.instant()));
    }
}
