package eu.hubtable.impact.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.ui.component.CsvDownload;
import eu.hubtable.event.CheckedIn;
import eu.hubtable.event.RsvpConfirmed;
import eu.hubtable.group.DecisionPromoted;
import eu.hubtable.group.GroupSessionHeld;
import eu.hubtable.group.WorkingGroups;
import eu.hubtable.impact.GroupEngagement;
import eu.hubtable.impact.Indicator;
import eu.hubtable.impact.MemberEngagement;
import eu.hubtable.member.EngagementConsent;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.KaribuTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class ImpactViewTest extends KaribuTest {

    @Autowired
    Organisations organisations;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    WorkingGroups workingGroups;

    @Autowired
    EngagementConsent consent;

    @Test
    void aManagerSeesTheLast90DaysAgainstThe90DaysBeforeAndAnImpossiblePeriodIsExplained() {
        MemberPrincipal manon = newMember("Manon Hubert");
        MemberPrincipal lea = newMember("Léa Martin");
        long hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Esch =Creative Hub", OrganisationKind.HUB, "Esch", "LU", null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            organisations.addMember(id, lea.memberId(), MembershipRole.MEMBER);
            return id;
        });
        publisher.publishEvent(new RsvpConfirmed(1, hub, lea.memberId(), Instant.parse("2026-03-01T10:00:00Z")));
        publisher.publishEvent(new RsvpConfirmed(2, hub, manon.memberId(), Instant.parse("2026-03-02T10:00:00Z")));
        publisher.publishEvent(new CheckedIn(1, hub, lea.memberId(), Instant.parse("2026-03-02T10:00:00Z")));
        publisher.publishEvent(new RsvpConfirmed(0, hub, lea.memberId(), Instant.parse("2025-11-02T10:00:00Z")));
        clock.pin(Instant.parse("2026-03-10T12:00:00Z"));
        login(manon);
        navigate("impact");

        assertThat(_get(DatePicker.class, spec -> spec.withId("impact-from")).getValue()).isEqualTo(LocalDate.of(2025, 12, 11));
        assertThat(_get(DatePicker.class, spec -> spec.withId("impact-to")).getValue()).isEqualTo(LocalDate.of(2026, 3, 10));
        @SuppressWarnings("unchecked")
        Grid<eu.hubtable.impact.Figure> table = _get(Grid.class, spec -> spec.withId("impact-table"));
        assertThat(_getFormattedRow(table, Indicator.RSVPS.ordinal())).containsExactly("Confirmed RSVPs", "2", "1", "+1");
        assertThat(_getFormattedRow(table, Indicator.ATTENDANCE_RATE.ordinal())).containsExactly("Attendance rate (%)", "50", "0", "+50");
        assertThat(_getFormattedRow(table, Indicator.RETURNING_MEMBERS.ordinal())).containsExactly("Returning members", "1", "0", "+1");
        assertThat(_get(Image.class, spec -> spec.withId("impact-chart-image")).getAlt()).hasValueSatisfying(alt ->
                assertThat(alt).contains("Esch =Creative Hub", "2025-12-11", "2026-03-10", "2025-09-12", "2025-12-10"));
        assertThat(_get(Anchor.class, spec -> spec.withId("impact-csv")).getText()).isEqualTo("Download the table (CSV)");

        _setValue(_get(DatePicker.class, spec -> spec.withId("impact-to")), LocalDate.of(2025, 12, 1));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("impact-to"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The period must end on or after its first day.");
        assertThat(_getFormattedRow(table, Indicator.RSVPS.ordinal())).containsExactly("Confirmed RSVPs", "2", "1", "+1");

        _setValue(_get(DatePicker.class, spec -> spec.withId("impact-to")), LocalDate.of(2026, 3, 1));
        assertThat(to.isInvalid()).isFalse();
        assertThat(_getFormattedRow(table, Indicator.RSVPS.ordinal())).containsExactly("Confirmed RSVPs", "1", "1", "0");
    }

    @Test
    void aManagerComparesTheHubsWorkingGroupsAndDownloadsThatTable() {
        MemberPrincipal manon = newMember("Manon Hubert");
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        long hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Esch Creative Hub", OrganisationKind.HUB, "Esch", "LU", null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            return id;
        });
        clock.pin(Instant.parse("2026-03-01T08:00:00Z"));
        signIn(manon);
        long export = workingGroups.create(hub, "=Export", null);
        workingGroups.create(hub, "Skills", null);
        List<Long> expected = List.of(lea.memberId(), tom.memberId());
        publisher.publishEvent(new GroupSessionHeld(export, hub, 1, Instant.parse("2026-03-02T16:00:00Z"), List.of(lea.memberId()), expected));
        publisher.publishEvent(new GroupSessionHeld(export, hub, 2, Instant.parse("2026-03-05T16:00:00Z"), expected, expected));
        publisher.publishEvent(new DecisionPromoted(1, export, hub, 1, lea.memberId(), Instant.parse("2026-03-02T16:00:00Z")));
        clock.pin(Instant.parse("2026-03-10T12:00:00Z"));
        login(manon);
        navigate("impact");

        @SuppressWarnings("unchecked")
        Grid<GroupEngagement> groups = _get(Grid.class, spec -> spec.withId("impact-groups"));
        assertThat(_getFormattedRow(groups, 0)).containsExactly("=Export", "2", "75", "2", "2", "1", "0", "0", "0");
        assertThat(_getFormattedRow(groups, 1)).containsExactly("Skills", "0", "", "0", "0", "0", "0", "0", "0");
        assertThat(_get(CsvDownload.class, spec -> spec.withId("impact-groups-csv")).csv().lines()).containsExactly(
                "Group,Sessions held,Members who came (%),People who came,People involved,Decisions logged,Actions done,Of which on time,"
                        + "Deliverables delivered",
                "'=Export,2,75,2,2,1,0,0,0",
                "Skills,0,,0,0,0,0,0,0");

        _setValue(_get(DatePicker.class, spec -> spec.withId("impact-from")), LocalDate.of(2026, 3, 3));
        assertThat(_getFormattedRow(groups, 0)).startsWith("=Export", "1", "100");
    }

    @Test
    void membersEngagementOpensOnDemandNamingOnlyThoseWhoAgreed() {
        MemberPrincipal manon = newMember("Manon Hubert");
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        long hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Esch Creative Hub", OrganisationKind.HUB, "Esch", "LU", null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            return id;
        });
        signIn(lea);
        consent.give();
        publisher.publishEvent(new RsvpConfirmed(1, hub, lea.memberId(), Instant.parse("2026-03-02T10:00:00Z")));
        publisher.publishEvent(new CheckedIn(1, hub, lea.memberId(), Instant.parse("2026-03-03T10:00:00Z")));
        publisher.publishEvent(new RsvpConfirmed(1, hub, tom.memberId(), Instant.parse("2026-03-02T10:00:00Z")));
        clock.pin(Instant.parse("2026-03-10T12:00:00Z"));
        login(manon);
        navigate("impact");

        Details panel = _get(Details.class, spec -> spec.withId("impact-members-panel"));
        assertThat(panel.isOpened()).isFalse();
        assertThat(_find(CsvDownload.class, spec -> spec.withId("impact-members-csv"))).isEmpty();
        panel.setOpened(true);
        @SuppressWarnings("unchecked")
        Grid<MemberEngagement> members = _get(Grid.class, spec -> spec.withId("impact-members"));
        assertThat(_getFormattedRow(members, 0)).containsExactly("Léa Martin", "1", "1", "0", "0", "0", "0", "0", "0");
        assertThat(_getFormattedRow(members, 1)).containsExactly("Everyone else (1 member)", "1", "0", "0", "0", "0", "0", "0", "0");
        assertThat(_get(CsvDownload.class, spec -> spec.withId("impact-members-csv")).csv().lines()).containsExactly(
                "Member,RSVPs,Events attended,Sessions attended,New contacts,Meetings,Actions done,Consortia,Introductions",
                "Léa Martin,1,1,0,0,0,0,0,0",
                "Everyone else (1 member),1,0,0,0,0,0,0,0");

        _setValue(_get(DatePicker.class, spec -> spec.withId("impact-from")), LocalDate.of(2026, 3, 3));
        assertThat(_getFormattedRow(members, 0)).containsExactly("Léa Martin", "0", "1", "0", "0", "0", "0", "0", "0");
        assertThat(GridKt._size(members)).as("Tom did nothing from March 3").isEqualTo(1);
    }

    @Test
    void aMemberWhoManagesNoHubSeesNoHubAndNoFigures() {
        MemberPrincipal manon = newMember("Manon Hubert");
        MemberPrincipal lea = newMember("Léa Martin");
        asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Esch Creative Hub", OrganisationKind.HUB, "Esch", "LU", null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            organisations.addMember(id, lea.memberId(), MembershipRole.MEMBER);
            return id;
        });
        login(lea);
        navigate("impact");

        assertThat(_get(Paragraph.class, spec -> spec.withId("impact-no-hub")).getText())
                .isEqualTo("The impact dashboard is for hub managers: you manage no hub or cluster.");
        assertThat(_find(Select.class, spec -> spec.withId("impact-hub"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("impact-table"))).isEmpty();
    }
}
