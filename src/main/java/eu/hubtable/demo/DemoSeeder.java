package eu.hubtable.demo;

import eu.hubtable.core.security.Platform;
import eu.hubtable.member.MemberAccounts;
import eu.hubtable.member.ContactVisibility;
import eu.hubtable.member.NewMember;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.Profiles;
import eu.hubtable.room.Rooms;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import java.time.Clock;
import java.util.HashMap;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database once, in one transaction (a half-seeded database is never left behind),
 * and never touches a database that already has members or organisations. The demo accounts exist
 * only because of this seeding.
 */
@Component
@ConditionalOnProperty(name = "hubtable.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final MemberAccounts members;
    private final Organisations organisations;
    private final Profiles profiles;
    private final TransactionTemplate transaction;
    private final Rooms rooms;
    private final DemoAgenda agenda;
    private final DemoEvents events;
    private final DemoPosts posts;
    private final DemoConsents consents;
    private final Clock clock;

    DemoSeeder(MemberAccounts members, Profiles profiles, Organisations organisations, TransactionTemplate transaction,
            Rooms rooms, DemoAgenda agenda, DemoEvents events, DemoPosts posts, DemoConsents consents, Clock clock) {
        this.posts = posts;
        this.consents = consents;
        this.agenda = agenda;
        this.events = events;
        this.members = members;
        this.profiles = profiles;
        this.organisations = organisations;
        this.transaction = transaction;
        this.rooms = rooms;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (members.count() > 0 || organisations.count() > 0) {
            log.info("Database has content: demo seeding skipped");
            return;
        }
        // seeding creates accounts, which only an administrator may do: it runs as the platform itself
        Platform.run(() -> transaction.executeWithoutResult(status -> seed()));
        log.info("""

                ── hubtable demo content seeded ─────────────────────────────
                Sign in at http://localhost:8080 with any of these (password: {}):
                  member       {}
                  facilitator  {}
                  hub manager  {}
                  admin        {}
                ─────────────────────────────────────────────────────────────""",
                DemoContent.PASSWORD, DemoContent.MEMBER, DemoContent.FACILITATOR, DemoContent.MANAGER, DemoContent.ADMIN);
    }

    private void seed() {
        Map<String, Long> organisationIds = new HashMap<>();
        Map<String, Long> memberIds = new HashMap<>();
        for (NewOrganisation organisation : DemoContent.ORGANISATIONS) {
            organisationIds.put(organisation.name(), organisations.create(organisation));
        }
        for (DemoContent.Person person : DemoContent.PEOPLE) {
            long memberId = members.create(new NewMember(person.name(), person.email(), DemoContent.PASSWORD,
                    person.locale(), person.headline(), person.city(), person.country(), person.roles()));
            memberIds.put(person.email(), memberId);
            ProfileForm blank = profiles.of(memberId);
            profiles.updateOf(memberId, new ProfileForm(blank.version(), blank.displayName(), blank.headline(), null,
                    blank.city(), blank.countryCode(), person.languages(), person.sectors(), person.skills(),
                    emptyToNull(person.offer()), emptyToNull(person.need()), null, null, ContactVisibility.MEMBERS));
            for (Map.Entry<String, MembershipRole> membership : person.memberships().entrySet()) {
                organisations.addMember(organisationIds.get(membership.getKey()), memberId, membership.getValue());
            }
        }
        DemoOrganisations.describe(organisations, organisationIds);
        long liveRoom = DemoRooms.seed(rooms, clock, organisationIds.get(DemoContent.LU_HUB), memberIds.get(DemoContent.FACILITATOR));
        agenda.seed(liveRoom, memberIds);
        events.seed(organisationIds.get(DemoContent.LU_HUB));
        posts.seed(memberIds, organisationIds);
        consents.seed(memberIds);
        log.info("Seeded {} organisations, {} members and 3 rooms", DemoContent.ORGANISATIONS.size(), DemoContent.PEOPLE.size());
    }

    private static String emptyToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
