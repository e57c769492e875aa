package eu.hubtable.member;

import java.util.Locale;

/** What a visitor types to open an account. */
public record Registration(String displayName, String email, String password, Locale locale) {
}
