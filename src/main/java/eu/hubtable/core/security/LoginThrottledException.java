package eu.hubtable.core.security;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Raised instead of checking the password while an account/address pair is throttled. */
public class LoginThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long waitSeconds;

    public LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins; wait " + wait.toSeconds() + " s");
        this.waitSeconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    }

    public long waitSeconds() {
        return waitSeconds;
    }
}
