package eu.hubtable.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.event.EventForm;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.Events;
import eu.hubtable.event.Rsvps;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.VenueForm;
import eu.hubtable.support.KaribuTest;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingsViewTest extends KaribuTest {

    private static final LocalDateTime TWO_PM = LocalDateTime.of(2026, 12, 3, 14, 0);

    @Autowired
    Events events;

    @Autowired
    Rsvps rsvps;

    @Autowired
    Organisations organisations;

    private MemberPrincipal lea;
    private MemberPrincipal tom;
    private MemberPrincipal nina;
    private long event;

    @BeforeEach
    void eventWithTwoParticipants() {
        clock.pin(Instant.parse("2026-12-01T08:00:00Z"));
        MemberPrincipal manon = newMember("Manon Hub");
        long hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            return id;
        });
        signIn(manon);
        long hall = organisations.addVenue(hub, new VenueForm(0, "Main hall", "1 Rue de la Gare", 80, null));
        event = events.create(new EventForm(hub, hall, null, "Studio visit: Pixel Forge", "Games", null, null, null,
                EventFormat.IN_PERSON, TWO_PM, TWO_PM.plusHours(3), "Europe/Luxembourg", 50, null));
        lea = newMember("Léa Martin");
        tom = newMember("Tom Weber");
        nina = newMember("Nina Not-Going");
        for (MemberPrincipal member : new MemberPrincipal[] {lea, tom}) {
            signIn(member);
            rsvps.going(event);
        }
    }

    @Test
    void onePublishesASlotOnTheEventPageAnotherRequestsItAndBothSeeTheAcceptedMeeting() {
        login(nina);
        navigate("events/" + event);
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-join-first")).getText()).startsWith("Answer “I am going”");
        assertThat(_find(Button.class, spec -> spec.withId("slot-publish"))).isEmpty();

        login(lea);
        navigate("events/" + event);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("slot-start")), TWO_PM.plusMinutes(30));
        _click(_get(Button.class, spec -> spec.withId("slot-publish")));
        TextField table = _get(TextField.class, spec -> spec.withId("slot-table"));
        assertThat(table.isInvalid()).isTrue();
        assertThat(table.getErrorMessage()).isEqualTo("Say at which table on site (e.g. 12).");
        assertThat(text("meeting-slots")).contains("No free slot yet.");
        _setValue(table, "7");
        _click(_get(Button.class, spec -> spec.withId("slot-publish")));
        assertThat(text("meeting-slots")).contains("2:30").contains("With Léa Martin").contains("Table 7").contains("1 of 1 seats free");
        assertThat(_find(Button.class, spec -> spec.withClasses("slot-request"))).as("not on one's own slot").isEmpty();

        login(tom);
        navigate("events/" + event);
        _click(_get(Button.class, spec -> spec.withClasses("slot-request")));
        _click(_get(Button.class, spec -> spec.withId("meeting-send")));
        TextArea purpose = _get(TextArea.class, spec -> spec.withId("meeting-purpose"));
        assertThat(purpose.getErrorMessage()).isEqualTo("Say briefly why you want to meet.");
        _setValue(purpose, "Sound design for your next game");
        _click(_get(Button.class, spec -> spec.withId("meeting-send")));
        assertThat(text("meeting-slots")).contains("Taken");
        assertThat(_find(Button.class, spec -> spec.withClasses("slot-request"))).isEmpty();

        login(lea);
        navigate("meetings");
        assertThat(text("my-meetings")).contains("No meeting accepted yet.");
        assertThat(text("my-slots")).contains("Tom Weber").contains("Purpose: Sound design for your next game")
                .contains("Waiting for an answer");
        _click(_get(Button.class, spec -> spec.withClasses("request-accept")));
        assertThat(text("my-meetings")).contains("With: Léa Martin, Tom Weber").contains("Table 7").contains("Studio visit: Pixel Forge");

        login(tom);
        navigate("meetings");
        assertThat(text("my-meetings")).contains("With: Léa Martin, Tom Weber").contains("Table 7")
                .contains("Purpose: Sound design for your next game").contains("(Europe/Luxembourg)");
        assertThat(text("my-requests")).contains("Accepted");
        _click(_get(Button.class, spec -> spec.withClasses("request-cancel")));
        assertThat(text("my-meetings")).contains("No meeting accepted yet.");
        assertThat(text("my-requests")).contains("Cancelled");
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
