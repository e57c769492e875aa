package eu.hubtable.matching;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.Contacts;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.Profiles;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationForm;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.OrganisationProfile;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.ServiceTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tender consortia at a pinned time (1 December 2026, 9:00 UTC), with the profile, organisation and post plumbing they match on. */
public abstract class TenderTest extends ServiceTest {

    protected static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    protected static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    protected Consortia consortia;

    @Autowired
    protected Posts posts;

    @Autowired
    protected Profiles profiles;

    @Autowired
    protected Organisations organisations;

    @Autowired
    protected Contacts contacts;

    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void pinTheClock() {
        clock.pin(NOW);
    }

    protected static TenderForm form(String title, LocalDate deadline) {
        return new TenderForm(0, title, "City of Esch", deadline, "https://tenders.example.eu/esch-2027",
                new BigDecimal("20000"), new BigDecimal("80000"), "Interactive heritage trail");
    }

    protected static TenderRoleForm role(String name, Set<Sector> sectors, String... skills) {
        return new TenderRoleForm(name, sectors, Set.of(skills));
    }

    /** A tender card opened by this member, with these roles, due on 10 December 2026. */
    protected long tender(MemberPrincipal lead, TenderRoleForm... roles) {
        signIn(lead);
        return consortia.open(form("Esch heritage trail", LocalDate.of(2026, 12, 10)), List.of(roles));
    }

    protected long roleId(long tenderId, String name) {
        return jdbc.sql("select id from tender_role where tender_id = :t and name = :n").param("t", tenderId).param("n", name)
                .query(Long.class).single();
    }

    protected long invitationId(long roleId, long partyId) {
        return jdbc.sql("select id from tender_invitation where role_id = :r and (member_id = :p or organisation_id = :p)")
                .param("r", roleId).param("p", partyId).query(Long.class).single();
    }

    protected void profile(MemberPrincipal member, Set<Sector> sectors, String... skills) {
        asAdmin(() -> {
            ProfileForm f = profiles.of(member.memberId());
            return profiles.updateOf(member.memberId(), new ProfileForm(f.version(), f.displayName(), f.headline(), f.bio(), f.city(),
                    f.countryCode(), f.languages(), sectors, Set.of(skills), f.offer(), f.need(), f.phone(), f.website(),
                    f.contactVisibility(), f.links()));
        });
    }

    /** An organisation managed by this member, working in these sectors. */
    protected long organisation(String name, MemberPrincipal manager, Set<Sector> sectors) {
        return asAdmin(() -> {
            long id = organisations.create(new NewOrganisation(name, OrganisationKind.COMPANY, "Luxembourg", "LU", null, null));
            organisations.addMember(id, manager.memberId(), MembershipRole.MANAGER);
            OrganisationProfile page = organisations.profile(id).orElseThrow();
            organisations.update(id, new OrganisationForm(page.version(), name, "Luxembourg", "LU", null, null, sectors));
            return id;
        });
    }

    protected void offer(MemberPrincipal author, Long organisationId, Set<Sector> sectors, String... tags) {
        signIn(author);
        posts.publish(new PostForm(PostDirection.OFFER, PostKind.SKILL_OR_SERVICE, "What I offer", "Ask me", sectors, Set.of(tags),
                null, null, null, TODAY.plusMonths(1), organisationId));
    }

    protected void contacts(MemberPrincipal one, MemberPrincipal other) {
        signIn(one);
        contacts.request(other.memberId(), null);
        signIn(other);
        contacts.request(one.memberId(), null); // asking back accepts
    }

    protected int mailsTo(MemberPrincipal member, String subjectStart) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :to and subject like :subject")
                .param("to", member.email()).param("subject", subjectStart + "%").query(Integer.class).single();
    }
}
