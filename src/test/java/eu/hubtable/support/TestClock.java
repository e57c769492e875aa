package eu.hubtable.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: real time, unless a test pins it to an instant and moves it on
 * by hand (run-of-show timings, deadlines). Released after each test.
 */
public final class TestClock extends Clock {

    private volatile @Nullable Instant pinned;

    public void pin(Instant at) {
        pinned = at;
    }

    public void advance(Duration by) {
        Instant at = pinned;
        if (at == null) {
            throw new IllegalStateException("Pin the clock before moving it");
        }
        pinned = at.plus(by);
    }

    public void release() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
