package eu.hubtable.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The real sign-in chain: member lookup, argon2id check, throttling. */
class SignInTest extends ServiceTest {

    @Autowired
    AuthenticationProvider signIn;

    @Test
    void rightPasswordSignsInAndTheHashStaysOutOfTheSession() {
        MemberPrincipal lea = newMember("Léa");
        Authentication result = signIn.authenticate(attempt(lea.email(), PASSWORD, "10.1.1.1"));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isEqualTo(lea);
    }

    @Test
    void repeatedFailuresThrottleThatAddressEvenWithTheRightPassword() {
        MemberPrincipal lea = newMember("Léa");
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(lea.email(), "wrong passphrase", "10.2.2.2")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(lea.email(), PASSWORD, "10.2.2.2")))
                .isInstanceOf(LoginThrottledException.class);
        // The member herself, elsewhere, is not locked out by someone guessing from that address.
        assertThat(signIn.authenticate(attempt(lea.email(), PASSWORD, "10.3.3.3")).isAuthenticated()).isTrue();
    }

    @Test
    void unknownEmailFailsLikeAWrongPassword() {
        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody@example.org", PASSWORD, "10.4.4.4")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
