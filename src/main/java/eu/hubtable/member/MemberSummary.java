package eu.hubtable.member;

import org.jspecify.annotations.Nullable;

public record MemberSummary(long id, String displayName, @Nullable String headline, @Nullable String city,
        @Nullable String countryCode) {
}
