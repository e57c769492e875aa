package eu.hubtable.room.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import java.util.ArrayList;
import java.util.List;

/** The round tables of a room being planned: name, topic, seats and an optional video link each. */
class TablesField extends CustomField<List<TableForm>> {

    private final Div rows = new Div();
    private final List<Row> entries = new ArrayList<>();
    private final Button add = new Button();

    TablesField() {
        add.setText(getTranslation("room.form.tables.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-table");
        add.addClickListener(click -> {
            addRow(new TableForm(getTranslation("room.form.tables.default-name", entries.size() + 1), null, 6, null));
            updateValue();
        });
        add(rows, add);
    }

    @Override
    protected List<TableForm> generateModelValue() {
        return entries.stream().map(Row::table).toList();
    }

    @Override
    protected void setPresentationValue(List<TableForm> tables) {
        rows.removeAll();
        entries.clear();
        tables.forEach(this::addRow);
    }

    private void addRow(TableForm table) {
        TextField name = field("room.form.tables.name", table.name(), "table-name");
        TextField topic = field("room.form.tables.topic", table.topic(), "table-topic");
        IntegerField seats = new IntegerField(getTranslation("room.form.tables.seats"));
        seats.setValue(table.seats());
        seats.setMin(2);
        seats.setMax(50);
        seats.addClassName("table-seats");
        TextField video = field("room.form.tables.video", table.videoUrl(), "table-video");
        video.setPlaceholder("https://meet.jit.si/…");
        Div line = new Div(name, topic, seats, video);
        Row row = new Row(name, topic, seats, video);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            entries.remove(row);
            rows.remove(line);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("room.form.tables.remove"));
        line.add(remove);
        line.addClassName("table-row");
        name.addValueChangeListener(e -> updateValue());
        topic.addValueChangeListener(e -> updateValue());
        seats.addValueChangeListener(e -> updateValue());
        video.addValueChangeListener(e -> updateValue());
        entries.add(row);
        rows.add(line);
        add.setEnabled(entries.size() < Rooms.MAX_TABLES);
    }

    private TextField field(String key, String value, String className) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.addClassName(className);
        return field;
    }

    private record Row(TextField name, TextField topic, IntegerField seats, TextField video) {

        TableForm table() {
            return new TableForm(name.getValue(), topic.getValue(), seats.getValue() == null ? 0 : seats.getValue(), video.getValue());
        }
    }
}
