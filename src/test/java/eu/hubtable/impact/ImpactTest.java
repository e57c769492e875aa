package eu.hubtable.impact;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.Profiles;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.ServiceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A hub with a manager, and module events published as the other modules publish them. */
abstract class ImpactTest extends ServiceTest {

    @Autowired
    protected Indicators indicators;

    @Autowired
    protected Organisations organisations;

    @Autowired
    protected Profiles profiles;

    @Autowired
    protected ApplicationEventPublisher publisher;

    @Autowired
    protected JdbcClient jdbc;

    protected static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    protected static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    protected MemberPrincipal manager;
    protected long hub;

    protected void givenAHub() {
        manager = newMember("Manon Hubert");
        hub = hub("Esch Creative Hub", manager);
    }

    protected long hub(String name, MemberPrincipal manager) {
        return asAdmin(() -> {
            long id = organisations.create(new NewOrganisation(name, OrganisationKind.HUB, "Esch-sur-Alzette", "LU", null, null));
            organisations.addMember(id, manager.memberId(), MembershipRole.MANAGER);
            return id;
        });
    }

    /** A member of these organisations, naming these sectors. */
    protected long member(String name, Set<Sector> sectors, long... organisationIds) {
        MemberPrincipal member = newMember(name);
        asAdmin(() -> {
            for (long organisation : organisationIds) {
                organisations.addMember(organisation, member.memberId(), MembershipRole.MEMBER);
            }
            ProfileForm f = profiles.of(member.memberId());
            return profiles.updateOf(member.memberId(), new ProfileForm(f.version(), f.displayName(), f.headline(), f.bio(), f.city(),
                    f.countryCode(), f.languages(), sectors, f.skills(), f.offer(), f.need(), f.phone(), f.website(),
                    f.contactVisibility(), f.links()));
        });
        return member.memberId();
    }

    protected long member(String name, long... organisationIds) {
        return member(name, Set.of(), organisationIds);
    }

    protected static Instant on(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    protected static Instant march(int day) {
        return on(LocalDate.of(2026, 3, day), 12);
    }

    protected static Instant february(int day) {
        return on(LocalDate.of(2026, 2, day), 12);
    }

    protected HubIndicators asManager(LocalDate from, LocalDate to) {
        signIn(manager);
        return indicators.forHub(hub, from, to);
    }

    protected static MemberPrincipal admin() {
        return new MemberPrincipal(-1, "admin@test.hubtable.eu", "Admin", java.util.Locale.ENGLISH, Set.of(Role.ADMIN), true, null);
    }
}
