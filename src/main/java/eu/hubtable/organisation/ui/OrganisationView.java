package eu.hubtable.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.organisation.OrganisationForm;
import eu.hubtable.organisation.OrganisationProfile;
import eu.hubtable.organisation.OrganisationRejected;
import eu.hubtable.organisation.OrganisationRejected.Field;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.Venue;
import eu.hubtable.organisation.VenueForm;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;

/** One organisation's page; its managers edit it and keep its venues here. */
@Route("organisations")
@PermitAll
public class OrganisationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Organisations organisations;
    private String title = "";

    public OrganisationView(Organisations organisations) {
        this.organisations = organisations;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        render(organisations.profile(id).orElseThrow(NotFoundException::new));
    }

    private void render(OrganisationProfile page) {
        title = page.name();
        removeAll();
        Span kind = new Span(getTranslation("organisation.kind." + page.kind().name()));
        kind.addClassName("badge");
        add(new H1(page.name()), kind);
        String place = Countries.place(page.city(), page.countryCode(), getLocale());
        if (!place.isEmpty()) {
            add(new Paragraph(place));
        }
        if (!page.sectors().isEmpty()) {
            Div sectors = new Div();
            sectors.setId("organisation-sectors");
            page.sectors().forEach(s -> {
                Span badge = new Span(getTranslation(s.translationKey()));
                badge.addClassName("badge");
                sectors.add(badge);
            });
            add(sectors);
        }
        if (page.description() != null) {
            Paragraph description = new Paragraph(page.description());
            description.addClassName("preserve-lines");
            description.setId("organisation-description");
            add(description);
        }
        if (page.website() != null) {
            Anchor site = new Anchor(page.website(), page.website());
            site.setTarget("_blank");
            site.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            add(new Div(site));
        }
        if (page.managing()) {
            Button edit = new Button(getTranslation("organisation.edit"), click -> openEditor(page));
            edit.setId("edit-organisation");
            add(edit);
        }
        Div people = new Div(new H2(getTranslation("organisation.people")));
        people.setId("organisation-people");
        page.people().forEach(person -> {
            Anchor name = new Anchor("members/" + person.memberId(), person.displayName());
            Span role = new Span(getTranslation("organisation.role." + person.role().name()));
            role.addClassName("muted");
            people.add(new Div(name, new Span(" "), role));
        });
        add(people);
        if (page.hostsVenues()) {
            add(venues(page));
            if (page.managing()) {
                Anchor importMembers = new Anchor("organisations/" + page.id() + "/import", getTranslation("organisation.import-members"));
                importMembers.setId("import-members");
                add(new Div(importMembers));
            }
        }
    }

    private Div venues(OrganisationProfile page) {
        Div venues = new Div(new H2(getTranslation("venue.title")));
        venues.setId("organisation-venues");
        if (page.venues().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("venue.empty"));
            empty.addClassName("muted");
            venues.add(empty);
        }
        for (Venue venue : page.venues()) {
            Div line = new Div(new Span(venue.name()), new Span(" · " + venue.address() + " · "),
                    new Span(getTranslation("venue.capacity.people", venue.capacity())));
            line.addClassName("venue");
            if (venue.accessibilityNotes() != null) {
                Paragraph notes = new Paragraph(venue.accessibilityNotes());
                notes.addClassName("muted");
                line.add(notes);
            }
            if (page.managing()) {
                Button edit = new Button(getTranslation("venue.edit"), click -> openVenueEditor(page, venue));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button remove = new Button(getTranslation("venue.remove"), click -> {
                    organisations.removeVenue(venue.id());
                    reload(page.id());
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                line.add(edit, remove);
            }
            venues.add(line);
        }
        if (page.managing()) {
            Button add = new Button(getTranslation("venue.add"), click -> openVenueEditor(page, null));
            add.setId("add-venue");
            venues.add(add);
        }
        return venues;
    }

    private void openEditor(OrganisationProfile page) {
        Dialog dialog = new Dialog(getTranslation("organisation.edit"));
        Map<Field, HasValidation> fields = new EnumMap<>(Field.class);
        TextField name = field(fields, Field.NAME, new TextField(getTranslation("organisation.form.name")), "org-name");
        name.setValue(page.name());
        TextField city = field(fields, Field.CITY, new TextField(getTranslation("profile.city")), "org-city");
        city.setValue(page.city() == null ? "" : page.city());
        ComboBox<String> country = field(fields, Field.COUNTRY, new ComboBox<>(getTranslation("profile.country")), "org-country");
        country.setItems(Countries.sortedFor(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        country.setValue(page.countryCode());
        TextArea description = field(fields, Field.DESCRIPTION, new TextArea(getTranslation("organisation.form.description")), "org-description");
        description.setValue(page.description() == null ? "" : page.description());
        TextField website = field(fields, Field.WEBSITE, new TextField(getTranslation("profile.website")), "org-website");
        website.setValue(page.website() == null ? "" : page.website());
        MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>(getTranslation("profile.sectors"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        sectors.setValue(page.sectors());
        Button save = new Button(getTranslation("organisation.form.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                render(organisations.update(page.id(), new OrganisationForm(page.version(), name.getValue(), city.getValue(),
                        country.getValue(), description.getValue(), website.getValue(), sectors.getValue())));
                dialog.close();
            } catch (OrganisationRejected rejected) {
                show(rejected, fields);
            }
        });
        save.setId("save-organisation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, city, country, website, sectors, description));
        dialog.getFooter().add(new Button(getTranslation("contacts.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openVenueEditor(OrganisationProfile page, Venue venue) {
        Dialog dialog = new Dialog(getTranslation(venue == null ? "venue.add" : "venue.edit"));
        Map<Field, HasValidation> fields = new EnumMap<>(Field.class);
        TextField name = field(fields, Field.NAME, new TextField(getTranslation("venue.name")), "venue-name");
        TextField address = field(fields, Field.ADDRESS, new TextField(getTranslation("venue.address")), "venue-address");
        IntegerField capacity = field(fields, Field.CAPACITY, new IntegerField(getTranslation("venue.capacity")), "venue-capacity");
        TextArea notes = field(fields, Field.ACCESSIBILITY, new TextArea(getTranslation("venue.accessibility")), "venue-accessibility");
        notes.setHelperText(getTranslation("venue.accessibility.help"));
        if (venue != null) {
            name.setValue(venue.name());
            address.setValue(venue.address());
            capacity.setValue(venue.capacity());
            notes.setValue(venue.accessibilityNotes() == null ? "" : venue.accessibilityNotes());
        }
        Button save = new Button(getTranslation("organisation.form.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            VenueForm form = new VenueForm(venue == null ? 0 : venue.version(), name.getValue(), address.getValue(),
                    capacity.getValue(), notes.getValue());
            try {
                if (venue == null) {
                    organisations.addVenue(page.id(), form);
                } else {
                    organisations.updateVenue(venue.id(), form);
                }
                dialog.close();
                reload(page.id());
            } catch (OrganisationRejected rejected) {
                show(rejected, fields);
            }
        });
        save.setId("save-venue");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, address, capacity, notes));
        dialog.getFooter().add(new Button(getTranslation("contacts.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void show(OrganisationRejected rejected, Map<Field, HasValidation> fields) {
        rejected.problems().forEach((field, key) -> {
            HasValidation input = fields.get(field);
            if (input == null) {
                // saved meanwhile elsewhere: what was typed stays in the form; saving again needs a fresh page
                Notification.show(getTranslation(key), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
            } else {
                input.setErrorMessage(getTranslation(key));
                input.setInvalid(true);
            }
        });
    }

    private <T extends HasValidation> T field(Map<Field, HasValidation> fields, Field problem, T input, String id) {
        fields.put(problem, input);
        ((com.vaadin.flow.component.Component) input).setId(id);
        return input;
    }

    private void reload(long id) {
        organisations.profile(id).ifPresent(this::render);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
