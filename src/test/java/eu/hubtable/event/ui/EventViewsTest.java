package eu.hubtable.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.event.Attendee;
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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EventViewsTest extends KaribuTest {

    @Autowired
    Events events;

    @Autowired
    Rsvps rsvps;

    @Autowired
    Organisations organisations;

    private MemberPrincipal manon;
    private long hub;
    private long hall;

    @BeforeEach
    void hubWithVenue() {
        manon = newMember("Manon Hub");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            return id;
        });
        signIn(manon);
        hall = organisations.addVenue(hub, new VenueForm(0, "Main hall", "1 Rue de la Gare", 80, null));
    }

    @Test
    void aManagerPlansAnEventAndBadInputIsShownNextToTheFieldsKeepingWhatWasTyped() {
        MemberPrincipal lea = newMember("Léa Martin");
        login(manon);
        navigate("events/new");
        _setValue(_get(TextField.class, spec -> spec.withId("event-title")), "Studio visit: Pixel Forge");
        _setValue(_get(TextField.class, spec -> spec.withId("event-theme")), "Games");
        _setValue(_get(IntegerField.class, spec -> spec.withId("event-capacity")), 0);
        _click(_get(Button.class, spec -> spec.withId("save-event")));
        IntegerField capacity = _get(IntegerField.class, spec -> spec.withId("event-capacity"));
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("Capacity: between 1 and 5,000 seats.");
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("event-venue")).getErrorMessage())
                .isEqualTo("Choose the venue for an event in person.");
        assertThat(_get(TextField.class, spec -> spec.withId("event-title")).getValue()).isEqualTo("Studio visit: Pixel Forge");

        _setValue(_get(IntegerField.class, spec -> spec.withId("event-capacity")), 30);
        @SuppressWarnings("unchecked")
        var venue = (com.vaadin.flow.component.combobox.ComboBox<eu.hubtable.organisation.Venue>) _get(
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("event-venue"));
        venue.setValue(venue.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("save-event")));
        assertThat(currentPath()).startsWith("events/");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Studio visit: Pixel Forge");
        assertThat(_find(Div.class, spec -> spec.withId("host-panel"))).hasSize(1);

        // the host prepares the event's agenda from its page; a member then finds it there
        String eventPath = currentPath();
        _click(_get(Button.class, spec -> spec.withId("create-agenda")));
        assertThat(currentPath()).startsWith("agendas/");
        login(lea);
        navigate(eventPath);
        assertThat(_find(Button.class, spec -> spec.withId("create-agenda"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("room-agenda")).getElement().getTextRecursively()).contains("Open the agenda");
    }

    @Test
    void aMemberGoesGetsATicketAndTheLastOneInWaitsInLine() {
        long event = event(1);
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        login(lea);
        navigate("events/" + event);
        assertThat(_find(Div.class, spec -> spec.withId("host-panel"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("rsvp-going")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rsvp-status")).getText()).isEqualTo("You are going.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ticket-code")).getText()).startsWith("Check-in code: ");
        assertThat(_find(com.vaadin.flow.component.html.Image.class, spec -> spec.withId("ticket-qr"))).hasSize(1);

        login(tom);
        navigate("events/" + event);
        _click(_get(Button.class, spec -> spec.withId("rsvp-going")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rsvp-status")).getText()).contains("waitlist (number 1)");
        assertThat(_find(Paragraph.class, spec -> spec.withId("ticket-code"))).isEmpty();

        login(lea);
        navigate("events/" + event);
        _click(_get(Button.class, spec -> spec.withId("rsvp-cancel")));
        login(tom);
        navigate("events/" + event);
        assertThat(_get(Paragraph.class, spec -> spec.withId("rsvp-status")).getText()).isEqualTo("You are going.");
    }

    @Test
    void theDoorChecksInByCodeAndSaysWhyNotOtherwise() {
        long event = event(5);
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        login(lea);
        rsvps.going(event);
        String code = events.details(event).mine().checkinToken();
        assertThatThrownBy(() -> navigate("events/" + event + "/check-in")).hasRootCauseInstanceOf(NotFoundException.class);

        login(manon);
        navigate("events/" + event + "/check-in");
        _setValue(_get(TextField.class, spec -> spec.withId("checkin-code")), code);
        _click(_get(Button.class, spec -> spec.withId("checkin-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-result")).getText()).isEqualTo("Welcome, Léa Martin!");
        _setValue(_get(TextField.class, spec -> spec.withId("checkin-code")), code);
        _click(_get(Button.class, spec -> spec.withId("checkin-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-result")).getText())
                .isEqualTo("This ticket was already used to check in.");
        _setValue(_get(TextField.class, spec -> spec.withId("checkin-code")), "<b>forged</b>");
        _click(_get(Button.class, spec -> spec.withId("checkin-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-result")).getText()).isEqualTo("This code is not a ticket of hubtable.");

        // a photo of Tom's ticket, uploaded: read, checked in
        login(tom);
        rsvps.going(event);
        byte[] tomsTicket = eu.hubtable.event.TicketCodes.qrPng(events.details(event).mine().checkinToken(), 300);
        login(manon);
        navigate("events/" + event + "/check-in");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class),
                "ticket.png", "image/png", tomsTicket);
        roundtripUntil(() -> _get(Paragraph.class, spec -> spec.withId("checkin-result")).getText().equals("Welcome, Tom Weber!"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class),
                "holiday.png", "image/png", eu.hubtable.member.AvatarsTestImages.png(200, 100));
        roundtripUntil(() -> _get(Paragraph.class, spec -> spec.withId("checkin-result")).getText()
                .startsWith("No QR code could be read in this photo."));

        navigate("events/" + event);
        @SuppressWarnings("unchecked")
        Grid<Attendee> attendees = _get(Grid.class, spec -> spec.withId("attendees"));
        assertThat(GridKt._get(attendees, 0).checkedInAt()).isNotNull();
    }

    @Test
    void theListFiltersAndTheCalendarFeedAddressIsShownOnce() {
        long event = event(5);
        MemberPrincipal lea = newMember("Léa Martin");
        login(lea);
        navigate("events");
        assertThat(_get(Div.class, spec -> spec.withId("event-list")).getElement().getTextRecursively()).contains("Studio visit: Pixel Forge");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<EventFormat> format = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("event-format-filter"));
        format.setValue(EventFormat.ONLINE);
        assertThat(_get(Div.class, spec -> spec.withId("event-list")).getElement().getTextRecursively()).contains("No events here.");
        _click(_get(Button.class, spec -> spec.withId("feed-create")));
        String address = _get(TextField.class, spec -> spec.withId("feed-address")).getValue();
        assertThat(address).contains("/calendar/").endsWith(".ics");
        navigate("events");
        assertThat(_find(TextField.class, spec -> spec.withId("feed-address"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("feed-revoke"))).hasSize(1);
        assertThat(event).isPositive();
    }

    private long event(int capacity) {
        signIn(manon);
        LocalDateTime start = LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.HOURS);
        return events.create(new EventForm(hub, hall, null, "Studio visit: Pixel Forge", "Games", null, null, null,
                EventFormat.IN_PERSON, start, start.plusHours(3), "Europe/Luxembourg", capacity, null));
    }
}
