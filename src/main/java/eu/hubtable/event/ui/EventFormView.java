package eu.hubtable.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import eu.hubtable.event.EventDetails;
import eu.hubtable.event.EventForm;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.EventRefused;
import eu.hubtable.event.EventRejected;
import eu.hubtable.event.EventRejected.Field;
import eu.hubtable.event.Events;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.MyOrganisation;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.Venue;
import eu.hubtable.room.RoomCard;
import eu.hubtable.room.RoomPeriod;
import eu.hubtable.room.Rooms;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Plans an event, or changes one (time, capacity, place...): a host's managers only. What was typed
 * stays when the service refuses it; each reason shows next to its field.
 */
@Route("events/new")
@RouteAlias("events/:eventId/edit")
@PermitAll
public class EventFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Events events;
    private final Organisations organisations;
    private final Rooms rooms;
    private final ComboBox<MyOrganisation> host = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField theme = new TextField();
    private final RadioButtonGroup<EventFormat> format = new RadioButtonGroup<>();
    private final ComboBox<Venue> venue = new ComboBox<>();
    private final ComboBox<RoomCard> room = new ComboBox<>();
    private final DateTimePicker starts = new DateTimePicker();
    private final DateTimePicker ends = new DateTimePicker();
    private final ComboBox<String> zone = new ComboBox<>();
    private final IntegerField capacity = new IntegerField();
    private final DateTimePicker deadline = new DateTimePicker();
    private final TextField topic = new TextField();
    private final TextArea presentation = new TextArea();
    private final TextArea description = new TextArea();
    private final Map<Field, HasValidation> fields = new EnumMap<>(Field.class);
    private @Nullable Long editing;
    private long editingHost;

    public EventFormView(Events events, Organisations organisations, Rooms rooms) {
        this.events = events;
        this.organisations = organisations;
        this.rooms = rooms;
        addClassName("page");
        List<MyOrganisation> managed = organisations.mine().stream().filter(o -> o.role() == MembershipRole.MANAGER).toList();
        host.setLabel(getTranslation("event.form.host"));
        host.setId("event-host");
        host.setItems(managed);
        host.setItemLabelGenerator(MyOrganisation::name);
        host.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                places(change.getValue().id());
            }
        });
        label(title, "event.form.title", "event-title", Field.TITLE);
        label(theme, "event.form.theme", "event-theme", Field.THEME);
        format.setLabel(getTranslation("event.form.format"));
        format.setId("event-format");
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("event.format." + f.name()));
        format.setValue(EventFormat.IN_PERSON);
        format.addValueChangeListener(change -> showPlaces());
        label(venue, "event.form.venue", "event-venue", Field.PLACE);
        venue.setItemLabelGenerator(v -> v.name() + " · " + v.address());
        room.setLabel(getTranslation("event.form.room"));
        room.setId("event-room");
        room.setItemLabelGenerator(RoomCard::title);
        label(starts, "event.form.starts", "event-starts", Field.SCHEDULE);
        ends.setLabel(getTranslation("event.form.ends"));
        ends.setId("event-ends");
        label(zone, "event.form.time-zone", "event-zone", Field.TIME_ZONE);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc")).sorted().toList());
        zone.setValue("Europe/Luxembourg");
        label(capacity, "event.form.capacity", "event-capacity", Field.CAPACITY);
        capacity.setValue(40);
        label(deadline, "event.form.deadline", "event-deadline", Field.DEADLINE);
        topic.setLabel(getTranslation("event.form.topic"));
        topic.setId("event-topic");
        presentation.setLabel(getTranslation("event.form.presentation"));
        presentation.setId("event-presentation");
        label(description, "event.form.description", "event-description", Field.DESCRIPTION);
        LocalDateTime next = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS).withHour(17);
        starts.setValue(next);
        ends.setValue(next.plusHours(3));
        Button save = new Button(getTranslation("event.form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-event");
        FormLayout form = new FormLayout(host, title, theme, format, venue, room, zone, starts, ends, capacity, deadline, topic,
                presentation, description);
        form.setColspan(presentation, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        add(new H1(getTranslation("event.form.heading")), form, save);
        if (!managed.isEmpty()) {
            host.setValue(managed.getFirst());
        }
        showPlaces();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> eventId = event.getRouteParameters().getLong("eventId");
        if (eventId.isEmpty()) {
            return;
        }
        EventDetails details;
        try {
            details = events.details(eventId.get());
        } catch (EventRefused missing) {
            throw new NotFoundException();
        }
        if (!details.hosting()) {
            throw new NotFoundException();
        }
        editing = details.id();
        editingHost = details.organisationId();
        host.setVisible(false);
        places(details.organisationId());
        title.setValue(details.title());
        theme.setValue(details.theme());
        format.setValue(details.format());
        ZoneId eventZone = ZoneId.of(details.timeZone());
        zone.setValue(details.timeZone());
        starts.setValue(LocalDateTime.ofInstant(details.startsAt(), eventZone));
        ends.setValue(LocalDateTime.ofInstant(details.endsAt(), eventZone));
        capacity.setValue(details.capacity());
        deadline.setValue(details.rsvpDeadline() == null ? null : LocalDateTime.ofInstant(details.rsvpDeadline(), eventZone));
        topic.setValue(details.topic() == null ? "" : details.topic());
        presentation.setValue(details.companyPresentation() == null ? "" : details.companyPresentation());
        description.setValue(details.description() == null ? "" : details.description());
        venue.getListDataView().getItems().filter(v -> Long.valueOf(v.id()).equals(details.venueId())).findFirst().ifPresent(venue::setValue);
        room.getListDataView().getItems().filter(r -> Long.valueOf(r.id()).equals(details.roomId())).findFirst().ifPresent(room::setValue);
    }

    private void places(long organisationId) {
        venue.setItems(organisations.venuesOf(organisationId));
        List<RoomCard> hostRooms = new ArrayList<>(rooms.catalogue(RoomPeriod.LIVE, null, organisationId));
        hostRooms.addAll(rooms.catalogue(RoomPeriod.UPCOMING, null, organisationId));
        room.setItems(hostRooms);
    }

    private void showPlaces() {
        venue.setVisible(format.getValue() != EventFormat.ONLINE);
        room.setVisible(format.getValue() != EventFormat.IN_PERSON);
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        if (editing == null && host.getValue() == null) {
            host.setErrorMessage(getTranslation("event.form.host.required"));
            host.setInvalid(true);
            return;
        }
        EventForm form = new EventForm(editing != null ? editingHost : host.getValue().id(), venue.getValue() == null ? null : venue.getValue().id(),
                room.getValue() == null ? null : room.getValue().id(), title.getValue(), theme.getValue(), description.getValue(),
                presentation.getValue(), topic.getValue(), format.getValue(), starts.getValue(), ends.getValue(),
                zone.getValue() == null ? "" : zone.getValue(), capacity.getValue() == null ? 0 : capacity.getValue(),
                deadline.getValue());
        try {
            long id;
            if (editing == null) {
                id = events.create(form);
            } else {
                events.update(editing, form);
                id = editing;
            }
            getUI().ifPresent(ui -> ui.navigate("events/" + id));
        } catch (EventRejected rejected) {
            rejected.problems().forEach((field, key) -> {
                HasValidation input = fields.get(field);
                input.setErrorMessage(getTranslation(key));
                input.setInvalid(true);
            });
        } catch (EventRefused refused) {
            title.setErrorMessage(getTranslation(refused.messageKey()));
            title.setInvalid(true);
        }
    }

    private void label(HasLabel field, String key, String id, Field problemField) {
        field.setLabel(getTranslation(key));
        ((Component) field).setId(id);
        fields.put(problemField, (HasValidation) field);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.form.heading") + " · " + getTranslation("app.name");
    }
}
