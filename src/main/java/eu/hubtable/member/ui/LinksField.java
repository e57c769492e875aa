package eu.hubtable.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.member.ProfileLink;
import eu.hubtable.member.Profiles;
import java.util.ArrayList;
import java.util.List;

/** A profile's further links: one row per link, each public to members or for contacts only. */
class LinksField extends CustomField<List<ProfileLink>> {

    private final Div rows = new Div();
    private final List<Row> entries = new ArrayList<>();
    private final Button add = new Button();

    LinksField() {
        rows.addClassName("link-rows");
        add.setText(getTranslation("profile.links.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-link");
        add.addClickListener(click -> addRow(new ProfileLink("", false)));
        add(rows, add);
    }

    @Override
    protected List<ProfileLink> generateModelValue() {
        return entries.stream().map(Row::link).toList();
    }

    @Override
    protected void setPresentationValue(List<ProfileLink> links) {
        rows.removeAll();
        entries.clear();
        links.forEach(this::addRow);
        add.setEnabled(entries.size() < Profiles.MAX_LINKS);
    }

    private void addRow(ProfileLink link) {
        TextField url = new TextField();
        url.setValue(link.url());
        url.setPlaceholder("https://");
        url.setMaxLength(255);
        url.setAriaLabel(getTranslation("profile.links.url"));
        url.addClassName("link-url");
        Checkbox contactsOnly = new Checkbox(getTranslation("profile.links.contacts-only"), link.contactsOnly());
        contactsOnly.addClassName("link-contacts-only");
        Div line = new Div(url, contactsOnly);
        Row row = new Row(url, contactsOnly);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            entries.remove(row);
            rows.remove(line);
            add.setEnabled(true);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("profile.links.remove"));
        line.add(remove);
        line.addClassName("link-row");
        url.addValueChangeListener(change -> updateValue());
        contactsOnly.addValueChangeListener(change -> updateValue());
        entries.add(row);
        rows.add(line);
        add.setEnabled(entries.size() < Profiles.MAX_LINKS);
    }

    private record Row(TextField url, Checkbox contactsOnly) {
        ProfileLink link() {
            return new ProfileLink(url.getValue(), contactsOnly.getValue());
        }
    }
}
