package eu.hubtable.demo;

import eu.hubtable.member.EngagementConsent;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A few members of the Luxembourg hub agree to appear by name in its engagement report, the others do
 * not: the hub manager's first look shows both named members and members counted in totals only.
 */
@Component
class DemoConsents {

    static final List<String> SHARING = List.of("tom.wagner", "paul.reuter", "elena.popescu");

    private final EngagementConsent consent;

    DemoConsents(EngagementConsent consent) {
        this.consent = consent;
    }

    void seed(Map<String, Long> memberIds) {
        // consent is each member's own act, never an administrator's
        SHARING.forEach(login -> AsDemoMember.run(memberIds, login, consent::give));
    }
}
