package eu.hubtable.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();
    private static final String EMAIL = "lea.martin@example.org";

    @Test
    void acceptsLongPassphrasesWithoutCompositionRules() {
        assertThat(policy.problem("the sound of rain on zinc roofs", EMAIL)).isEmpty();
        assertThat(policy.problem("tables rondes à Esch-sur-Alzette", EMAIL)).isEmpty();
        assertThat(policy.problem("x".repeat(6) + " unusual words here " + "y".repeat(200), EMAIL)).isEmpty();
    }

    @Test
    void refusesShortCommonAndEmailPasswords() {
        assertThat(policy.problem("short1", EMAIL)).contains("password.too-short");
        assertThat(policy.problem("password123", EMAIL)).contains("password.common");
        assertThat(policy.problem("1234567890", EMAIL)).contains("password.common");
        assertThat(policy.problem("qwertyuiop", EMAIL)).contains("password.common");
        assertThat(policy.problem("LEA.MARTIN@example.org", EMAIL)).contains("password.is-email");
        assertThat(policy.problem("a".repeat(PasswordPolicy.MAX_LENGTH + 1), EMAIL)).contains("password.too-long");
    }
}
