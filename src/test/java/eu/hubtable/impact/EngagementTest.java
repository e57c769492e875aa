package eu.hubtable.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.agenda.ActionItems;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.event.CheckedIn;
import eu.hubtable.event.RsvpConfirmed;
import eu.hubtable.group.DecisionPromoted;
import eu.hubtable.group.DeliverableDelivered;
import eu.hubtable.group.GroupSessionHeld;
import eu.hubtable.group.GroupSessions;
import eu.hubtable.group.WorkingGroups;
import eu.hubtable.member.ContactAccepted;
import eu.hubtable.member.EngagementConsent;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.RoomHeld;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Per-group and per-member engagement on small hand-made histories: March 1-10. */
class EngagementTest extends ImpactTest {

    @Autowired
    private Engagement engagement;

    @Autowired
    private WorkingGroups groups;

    @Autowired
    private GroupSessions sessions;

    @Autowired
    private Rooms rooms;

    @Autowired
    private Agendas agendas;

    @Autowired
    private ActionItems actionItems;

    @Autowired
    private EngagementConsent consent;

    private long export;
    private long skills;

    @BeforeEach
    void groups() {
        givenAHub();
        clock.pin(Instant.parse("2026-02-25T09:00:00Z"));
        signIn(manager);
        export = groups.create(hub, "Export", null);
        skills = groups.create(hub, "Skills", null);
    }

    @Test
    void eachGroupsSessionsAttendanceDecisionsActionsAndDeliverablesInThePeriod() {
        long lea = member("Léa", hub);
        long tom = member("Tom", hub);
        long eve = member("Eve", hub);
        long nina = member("Nina", hub);
        long guest = member("Gustav Guest");
        long chloe = partnerMember("Chloé Partner");
        List<Long> expected = List.of(lea, tom, eve, nina);
        publisher.publishEvent(new GroupSessionHeld(export, hub, 1, march(2), List.of(lea, tom, eve), expected));
        publisher.publishEvent(new GroupSessionHeld(export, hub, 2, march(5), List.of(lea, guest), expected));
        publisher.publishEvent(new GroupSessionHeld(export, hub, 3, february(20), List.of(nina), expected));
        publisher.publishEvent(new DecisionPromoted(1, export, hub, 1, lea, march(2)));
        publisher.publishEvent(new DeliverableDelivered(1, export, hub, tom, LocalDate.of(2026, 3, 31), march(6)));
        publisher.publishEvent(new GroupSessionHeld(999_999, hub, 4, march(3), List.of(eve), List.of(eve)));
        actionDoneInAnExportSessionBy(chloe);

        signIn(manager);
        List<GroupEngagement> rows = engagement.ofGroups(hub, MARCH_1, MARCH_10);

        assertThat(rows).containsExactly(
                new GroupEngagement(export, "Export", 2, 50.0, 4, 5, 1, 1, 1, 1),
                new GroupEngagement(skills, "Skills", 0, null, 0, 0, 0, 0, 0, 0),
                new GroupEngagement(999_999, null, 1, 100.0, 1, 1, 0, 0, 0, 0));
        assertThat(indicators.forHub(hub, MARCH_1, MARCH_10).figure(Indicator.ACTIONS_DONE_ON_TIME).current())
                .as("a group's action counts for its hub, though its assignee belongs to a partner").isEqualTo(1.0);
    }

    @Test
    void onlyTheHubsManagersSeeItsGroupsEngagementForAPeriodThatMakesSense() {
        var plainMember = newMember("Paula Plain");
        signIn(plainMember);
        assertThatThrownBy(() -> engagement.ofGroups(hub, MARCH_1, MARCH_10)).isInstanceOf(AccessDeniedException.class);
        signIn(manager);
        assertThatThrownBy(() -> engagement.ofGroups(hub, MARCH_10, MARCH_1)).isInstanceOf(PeriodRejected.class);
    }

    @Test
    void membersAppearByNameOnlyWhileTheyAgreeAndEveryoneElseIsOneSum() {
        var lea = newMember("Léa Martin");
        long tom = member("Tom", hub);
        long eve = member("Eve", hub);
        signIn(lea);
        consent.give();
        publisher.publishEvent(new RsvpConfirmed(1, hub, lea.memberId(), march(2)));
        publisher.publishEvent(new CheckedIn(1, hub, lea.memberId(), march(3)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, tom, march(2)));
        publisher.publishEvent(new ContactAccepted(tom, eve, march(4)));
        publisher.publishEvent(new RoomHeld(2, hub, march(5).minusSeconds(3600), march(5), List.of(lea.memberId(), eve)));
        publisher.publishEvent(new RsvpConfirmed(3, hub, lea.memberId(), february(20)));
        asAdmin(() -> {
            organisations.addMember(hub, lea.memberId(), eu.hubtable.organisation.MembershipRole.MEMBER);
            return null;
        });
        publisher.publishEvent(new ContactAccepted(lea.memberId(), tom, march(6)));

        signIn(manager);
        MemberEngagementReport report = engagement.ofMembers(hub, MARCH_1, MARCH_10);

        assertThat(report.named()).containsExactly(new MemberEngagement(lea.memberId(), "Léa Martin", 1, 1, 1, 1, 1, 0, 0, 0, 0));
        assertThat(report.others()).isEqualTo(new MemberEngagement(null, null, 2, 1, 0, 1, 3, 0, 0, 0, 0));

        signIn(lea);
        consent.withdraw();
        signIn(manager);
        report = engagement.ofMembers(hub, MARCH_1, MARCH_10);
        assertThat(report.named()).isEmpty();
        assertThat(report.others()).isEqualTo(new MemberEngagement(null, null, 3, 2, 1, 2, 4, 0, 0, 0, 0));
        signIn(newMember("Paula Plain"));
        assertThatThrownBy(() -> engagement.ofMembers(hub, MARCH_1, MARCH_10)).isInstanceOf(AccessDeniedException.class);
    }

    /** Chloé's company is no member of the hub: she co-leads as a partner and is assigned an action on March 3, done on March 7. */
    private void actionDoneInAnExportSessionBy(long chloe) {
        signIn(manager);
        LocalDateTime start = LocalDateTime.of(2026, 3, 3, 14, 0);
        long room = rooms.create(new RoomForm(hub, "Export WG #1", "Internationalisation", null, start, start.plusHours(2),
                "Europe/Luxembourg", RoomVisibility.MEMBERS, 40, Set.of(manager.memberId()), List.of(new TableForm("Plenary", null, 30, null))));
        long agenda = sessions.startAgenda(sessions.linkRoom(export, room), null);
        long item = agendas.addItem(agenda, "Barriers", 20);
        long action = actionItems.add(item, "Draft the letter", chloe, LocalDate.of(2026, 3, 8));
        clock.pin(march(7));
        actionItems.setDone(action, true);
    }

    private long partnerMember(String name) {
        long member = member(name);
        asAdmin(() -> {
            long company = organisations.create(new NewOrganisation("Studio " + member, OrganisationKind.COMPANY, null, null, null, null));
            organisations.addMember(company, member, eu.hubtable.organisation.MembershipRole.MEMBER);
            return company;
        });
        return member;
    }
}
