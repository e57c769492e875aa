package eu.hubtable.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import eu.hubtable.matching.IntroductionRejected;
import eu.hubtable.matching.Introductions;
import eu.hubtable.organisation.MyOrganisation;
import eu.hubtable.organisation.OrganisationProfile.Person;
import eu.hubtable.organisation.Organisations;
import java.util.Comparator;
import java.util.List;

/** A hub manager introduces two of the hub's members, with a note both receive. */
class IntroductionDialog extends Dialog {

    IntroductionDialog(Introductions introductions, Organisations organisations, List<MyOrganisation> hubs) {
        setHeaderTitle(getTranslation("introductions.make"));
        Select<MyOrganisation> hub = new Select<>();
        hub.setLabel(getTranslation("introductions.hub"));
        hub.setItems(hubs);
        hub.setItemLabelGenerator(o -> o == null ? "" : o.name());
        hub.setId("introduction-hub");
        ComboBox<Person> first = people("introductions.first", "introduction-first");
        ComboBox<Person> second = people("introductions.second", "introduction-second");
        TextArea note = new TextArea(getTranslation("introductions.note"));
        note.setMaxLength(Introductions.MAX_NOTE);
        note.setWidthFull();
        note.setId("introduction-note");
        hub.addValueChangeListener(change -> {
            List<Person> members = organisations.profile(change.getValue().id()).map(p -> p.people()).orElse(List.of()).stream()
                    .sorted(Comparator.comparing(Person::displayName)).toList();
            first.setItems(members);
            second.setItems(members);
        });
        hub.setValue(hubs.getFirst());
        Button send = new Button(getTranslation("introductions.send"), click -> {
            first.setInvalid(false);
            second.setInvalid(false);
            note.setInvalid(false);
            try {
                introductions.introduce(hub.getValue().id(), first.getValue() == null ? 0 : first.getValue().memberId(),
                        second.getValue() == null ? 0 : second.getValue().memberId(), note.getValue());
                Notification.show(getTranslation("introductions.sent", first.getValue().displayName(), second.getValue().displayName()));
                close();
            } catch (IntroductionRejected rejected) {
                rejected.problems().forEach((field, key) -> {
                    var target = switch (field) {
                        case HUB, FIRST -> first;
                        case SECOND -> second;
                        case NOTE -> null;
                    };
                    if (target == null) {
                        note.setErrorMessage(getTranslation(key));
                        note.setInvalid(true);
                    } else {
                        target.setErrorMessage(getTranslation(key));
                        target.setInvalid(true);
                    }
                });
            }
        });
        send.setId("introduction-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(hub, first, second, note);
        getFooter().add(new Button(getTranslation("suggestions.cancel"), click -> close()), send);
        setWidth("min(32rem, 95vw)");
    }

    private ComboBox<Person> people(String label, String id) {
        ComboBox<Person> box = new ComboBox<>(getTranslation(label));
        box.setItemLabelGenerator(Person::displayName);
        box.setWidthFull();
        box.setId(id);
        return box;
    }
}
