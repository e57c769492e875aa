package eu.hubtable.member;

import eu.hubtable.core.security.Role;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A member created by an administrator (or the demo seeder), with profile and roles. */
public record NewMember(String displayName, String email, String password, Locale locale, @Nullable String headline,
        @Nullable String city, @Nullable String countryCode, Set<Role> roles) {
}
