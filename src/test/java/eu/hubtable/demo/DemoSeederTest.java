package eu.hubtable.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

class DemoSeederTest extends ServiceTest {

    @Autowired
    Organisations organisations;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    eu.hubtable.member.Profiles profiles;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    eu.hubtable.room.Rooms rooms;

    @Autowired
    DemoAgenda demoAgenda;

    @Autowired
    DemoEvents demoEvents;

    @Autowired
    DemoPosts demoPosts;

    @Autowired
    eu.hubtable.matching.Matches matches;

    @Autowired
    eu.hubtable.event.Events events;

    @Autowired
    eu.hubtable.agenda.Agendas agendas;

    @Autowired
    eu.hubtable.agenda.ActionItems actionItems;

    @Autowired
    DemoConsents demoConsents;

    @Autowired
    eu.hubtable.member.MemberDirectory directory;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void fillsAnEmptyDatabaseOnceWithWorkingDemoLogins() {
        seeder().run(null);

        assertThat(memberAccounts.count()).isEqualTo(DemoContent.PEOPLE.size()).isGreaterThanOrEqualTo(40);
        assertThat(organisations.count()).isEqualTo(DemoContent.ORGANISATIONS.size());
        for (String email : new String[] {DemoContent.MEMBER, DemoContent.FACILITATOR, DemoContent.MANAGER, DemoContent.ADMIN}) {
            var result = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, DemoContent.PASSWORD));
            assertThat(result.isAuthenticated()).as(email).isTrue();
        }
        var manager = (MemberPrincipal) signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(DemoContent.MANAGER, DemoContent.PASSWORD)).getPrincipal();
        signIn(manager);
        assertThat(organisations.mine()).anySatisfy(mine -> {
            assertThat(mine.name()).isEqualTo(DemoContent.LU_HUB);
            assertThat(mine.role()).isEqualTo(eu.hubtable.organisation.MembershipRole.MANAGER);
        });
        long luHub = organisations.mine().stream().filter(o -> o.name().equals(DemoContent.LU_HUB)).findFirst().orElseThrow().id();
        assertThat(organisations.profile(luHub).orElseThrow().venues()).extracting(eu.hubtable.organisation.Venue::name)
                .containsExactly("FabLab", "Hub main hall");
        assertThat(organisations.profile(luHub).orElseThrow().sectors()).isNotEmpty();
        // the engagement report names a few members who agreed and counts the others only
        assertThat(directory.namesSharingEngagement(jdbc.queryForList("select id from member", Long.class)).values())
                .containsExactlyInAnyOrder("Tom Wagner", "Paul Reuter", "Elena Popescu");
        // a visitor finds a room to sit down in at once
        assertThat(rooms.catalogue(eu.hubtable.room.RoomPeriod.LIVE, null, null))
                .extracting(eu.hubtable.room.RoomCard::title).containsExactly("Going international: export markets");
        assertThat(rooms.catalogue(eu.hubtable.room.RoomPeriod.UPCOMING, null, null)).hasSize(1);
        assertThat(rooms.catalogue(eu.hubtable.room.RoomPeriod.PAST, null, null)).hasSize(1);
        // the live room has an agenda, and the demo member an action item waiting
        long live = rooms.catalogue(eu.hubtable.room.RoomPeriod.LIVE, null, null).getFirst().id();
        assertThat(agendas.sheet(agendas.ofRoom(live).orElseThrow()).items()).hasSize(5);
        signIn((MemberPrincipal) signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(DemoContent.MEMBER, DemoContent.PASSWORD)).getPrincipal());
        assertThat(actionItems.mine()).extracting(eu.hubtable.agenda.MyAction::text)
                .containsExactly("Share the survey results with the working group");
        assertThat(events.list(eu.hubtable.event.EventPeriod.UPCOMING, null, null, null, null)).hasSize(2);
        // "For you" explains itself from the first visit: a studio offers what the demo member needs
        assertThat(matches.forMe().people().getFirst()).satisfies(first -> {
            assertThat(first.title()).isEqualTo("Eva Jansen");
            assertThat(first.reasons().getFirst().kind()).isEqualTo(eu.hubtable.matching.ReasonKind.THEY_OFFER_WHAT_YOU_NEED);
        });

        seeder().run(null);
        assertThat(memberAccounts.count()).isEqualTo(DemoContent.PEOPLE.size());
    }

    @Test
    void neverTouchesADatabaseThatHasContent() {
        newMember("Existing Member");

        seeder().run(null);

        assertThat(memberAccounts.count()).isEqualTo(1);
        assertThat(organisations.count()).isZero();
    }

    private DemoSeeder seeder() {
        return new DemoSeeder(memberAccounts, profiles, organisations, transaction, rooms, demoAgenda, demoEvents, demoPosts, demoConsents,
                java.time.Clock.systemUTC());
    }
}
