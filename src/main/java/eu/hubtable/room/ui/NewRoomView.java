package eu.hubtable.room.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import eu.hubtable.member.DirectoryFilter;
import eu.hubtable.member.DirectoryOrder;
import eu.hubtable.member.MemberCard;
import eu.hubtable.member.MemberDirectory;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.MyOrganisation;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomRejected;
import eu.hubtable.room.RoomRejected.Field;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A host organisation's manager plans a room; the service decides whether they may. */
@Route("rooms/new")
@PermitAll
public class NewRoomView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<MyOrganisation> host = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField theme = new TextField();
    private final TextArea description = new TextArea();
    private final DateTimePicker starts = new DateTimePicker();
    private final DateTimePicker ends = new DateTimePicker();
    private final ComboBox<String> zone = new ComboBox<>();
    private final RadioButtonGroup<RoomVisibility> visibility = new RadioButtonGroup<>();
    private final IntegerField capacity = new IntegerField();
    private final TablesField tables = new TablesField();
    private final MultiSelectComboBox<MemberCard> facilitators = new MultiSelectComboBox<>();
    private final Map<Field, HasValidation> fields = new EnumMap<>(Field.class);

    public NewRoomView(Rooms rooms, Organisations organisations, MemberDirectory directory) {
        addClassName("page");
        List<MyOrganisation> managed = organisations.mine().stream().filter(o -> o.role() == MembershipRole.MANAGER).toList();
        label(host, "room.form.host", "room-host", Field.ORGANISATION);
        host.setItems(managed);
        host.setItemLabelGenerator(MyOrganisation::name);
        if (!managed.isEmpty()) {
            host.setValue(managed.getFirst());
        }
        label(title, "room.form.title", "room-title", Field.TITLE);
        label(theme, "room.form.theme", "room-theme", Field.THEME);
        label(description, "room.form.description", "room-description", Field.DESCRIPTION);
        label(starts, "room.form.starts", "room-starts", Field.SCHEDULE);
        ends.setLabel(getTranslation("room.form.ends"));
        ends.setId("room-ends");
        label(zone, "room.form.time-zone", "room-zone", Field.TIME_ZONE);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc")).sorted().toList());
        zone.setValue("Europe/Luxembourg");
        visibility.setLabel(getTranslation("room.form.visibility"));
        visibility.setItems(RoomVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("room.visibility." + v.name()));
        visibility.setValue(RoomVisibility.MEMBERS);
        label(capacity, "room.form.capacity", "room-capacity", Field.CAPACITY);
        capacity.setValue(40);
        label(tables, "room.form.tables", "room-tables", Field.TABLES);
        facilitators.setLabel(getTranslation("room.form.facilitators"));
        facilitators.setHelperText(getTranslation("room.form.facilitators.help"));
        facilitators.setId("room-facilitators");
        facilitators.setItems(query -> directory.search(new DirectoryFilter(query.getFilter().orElse(null), null, null, null, null),
                DirectoryOrder.NAME, false, query.getOffset(), query.getLimit()).stream());
        facilitators.setItemLabelGenerator(MemberCard::displayName);
        LocalDateTime next = LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.HOURS);
        starts.setValue(next);
        ends.setValue(next.plusHours(2));
        tables.setValue(List.of(new TableForm(getTranslation("room.form.tables.default-name", 1), null, 6, null),
                new TableForm(getTranslation("room.form.tables.default-name", 2), null, 6, null)));
        Button save = new Button(getTranslation("room.form.save"), click -> save(rooms));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-room");
        FormLayout form = new FormLayout(host, title, theme, zone, starts, ends, visibility, capacity, facilitators, description, tables);
        form.setColspan(description, 2);
        form.setColspan(tables, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        add(new H1(getTranslation("room.form.heading")), form, save);
    }

    private void save(Rooms rooms) {
        fields.values().forEach(field -> field.setInvalid(false));
        if (host.getValue() == null) {
            show(Field.ORGANISATION, "room.form.host.required");
            return;
        }
        try {
            long id = rooms.create(new RoomForm(host.getValue().id(), title.getValue(), theme.getValue(), description.getValue(),
                    starts.getValue(), ends.getValue(), zone.getValue() == null ? "" : zone.getValue(), visibility.getValue(),
                    capacity.getValue() == null ? 0 : capacity.getValue(),
                    facilitators.getValue().stream().map(MemberCard::id).collect(java.util.stream.Collectors.toSet()), tables.getValue()));
            getUI().ifPresent(ui -> ui.navigate(RoomView.class, id));
        } catch (RoomRejected rejected) {
            rejected.problems().forEach(this::show);
        }
    }

    private void show(Field field, String key) {
        HasValidation input = fields.get(field);
        input.setErrorMessage(getTranslation(key, Rooms.MAX_TABLES));
        input.setInvalid(true);
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key, String id, Field problemField) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
        fields.put(problemField, (HasValidation) field);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("room.form.heading") + " · " + getTranslation("app.name");
    }
}
