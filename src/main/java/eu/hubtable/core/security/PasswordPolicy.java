package eu.hubtable.core.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.springframework.stereotype.Component;

/**
 * NIST-style rules: long passphrases welcome, no composition rules, but the passwords everyone
 * tries first (nbvcxz's list of ~100k leaked passwords) and the member's own email are refused.
 * Each problem is an i18n key, shown next to the password field.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 256;

    private final Map<String, Integer> commonPasswords = ConfigurationBuilder.getDefaultDictionaries().stream()
            .filter(dictionary -> "passwords".equals(dictionary.getDictionaryName()))
            .findFirst()
            .map(Dictionary::getDictonary)
            .orElseThrow(() -> new IllegalStateException("nbvcxz ships no password dictionary"));

    public Optional<String> problem(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.containsKey(lower) || lower.isBlank()) {
            return Optional.of("password.common");
        }
        String localPart = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
        if (lower.equals(email.toLowerCase(Locale.ROOT)) || (localPart.length() >= 4 && lower.equals(localPart))) {
            return Optional.of("password.is-email");
        }
        return Optional.empty();
    }
}
