package eu.hubtable.member.internal;

import eu.hubtable.core.i18n.LocalePreference;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StoredLocalePreference implements LocalePreference {

    private final MemberRepository members;
    private final Clock clock;

    StoredLocalePreference(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** Only members themselves choose their language. */
    @Override
    @PreAuthorize("isAuthenticated() and principal.memberId() == #memberId")
    @Transactional
    public void store(long memberId, Locale locale) {
        members.updateLocale(memberId, locale.toLanguageTag(), clock.instant());
    }
}
