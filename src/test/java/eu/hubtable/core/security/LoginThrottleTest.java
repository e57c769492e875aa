package eu.hubtable.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final String key = LoginThrottle.key("Lea@Example.org", "10.0.0.1");

    @Test
    void firstFailuresAreFreeThenEachLocksTwiceAsLong() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed(key);
            assertThat(throttle.remainingLock(key)).isZero();
        }
        throttle.failed(key);
        assertThat(throttle.remainingLock(key)).isEqualTo(Duration.ofSeconds(1));
        throttle.failed(key);
        assertThat(throttle.remainingLock(key)).isEqualTo(Duration.ofSeconds(2));
        throttle.failed(key);
        assertThat(throttle.remainingLock(key)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void lockIsSoftAndCapped() {
        for (int i = 0; i < 40; i++) {
            throttle.failed(key);
        }
        assertThat(throttle.remainingLock(key)).isEqualTo(LoginThrottle.MAX_LOCK);
        clock.advance(LoginThrottle.MAX_LOCK);
        assertThat(throttle.remainingLock(key)).isZero();
    }

    @Test
    void successResetsAndOtherAddressesAreNotLockedOut() {
        for (int i = 0; i < 6; i++) {
            throttle.failed(key);
        }
        assertThat(throttle.remainingLock(LoginThrottle.key("lea@example.org", "10.0.0.2"))).isZero();
        assertThat(throttle.remainingLock(LoginThrottle.key(" LEA@example.org ", "10.0.0.1"))).isPositive();
        throttle.succeeded(key);
        assertThat(throttle.remainingLock(key)).isZero();
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(key);
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.failed(key);
        assertThat(throttle.remainingLock(key)).isZero();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
