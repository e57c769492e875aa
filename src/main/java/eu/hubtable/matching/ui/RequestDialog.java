package eu.hubtable.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import eu.hubtable.matching.MeetingRefused;
import eu.hubtable.matching.MeetingRejected;
import eu.hubtable.matching.MeetingRejected.Field;
import eu.hubtable.matching.MeetingSlots;
import eu.hubtable.matching.Participant;
import eu.hubtable.matching.SlotCard;
import java.util.List;

/** Asks for a meeting in a slot: why, and whom I bring from the event's participants; a refusal keeps what was typed. */
class RequestDialog extends Dialog {

    RequestDialog(MeetingSlots slots, SlotCard slot, List<Participant> participants, Runnable requested) {
        setHeaderTitle(getTranslation("meeting.request.title", slot.ownerName()));
        TextArea purpose = new TextArea(getTranslation("meeting.request.purpose"));
        purpose.setMaxLength(MeetingSlots.MAX_PURPOSE);
        purpose.setWidthFull();
        purpose.setId("meeting-purpose");
        MultiSelectComboBox<Participant> people = new MultiSelectComboBox<>(getTranslation("meeting.request.people"));
        people.setItems(participants.stream().filter(p -> p.memberId() != slot.ownerId()).toList());
        people.setItemLabelGenerator(Participant::displayName);
        people.setHelperText(getTranslation("meeting.request.people.help", Math.min(MeetingSlots.MAX_BROUGHT, slot.seatsLeft() - 1)));
        people.setVisible(slot.seatsLeft() > 1);
        people.setWidthFull();
        people.setId("meeting-people");
        Button send = new Button(getTranslation("meeting.request.send"), click -> {
            purpose.setInvalid(false);
            people.setInvalid(false);
            try {
                slots.request(slot.id(), purpose.getValue(), people.getValue().stream().map(Participant::memberId).toList());
                close();
                Notification.show(getTranslation("meeting.request.sent", slot.ownerName()));
                requested.run();
            } catch (MeetingRejected rejected) {
                rejected.problems().forEach((field, key) -> {
                    if (field == Field.PURPOSE) {
                        purpose.setErrorMessage(getTranslation(key));
                        purpose.setInvalid(true);
                    } else {
                        people.setErrorMessage(getTranslation(key));
                        people.setInvalid(true);
                    }
                });
            } catch (MeetingRefused refused) {
                Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                close();
                requested.run();
            }
        });
        send.setId("meeting-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(MeetingTimes.span(slot.startsAt(), slot.endsAt(), slot.zone())), purpose, people);
        getFooter().add(new Button(getTranslation("meeting.request.close"), click -> close()), send);
        setWidth("min(36rem, 100vw)");
    }
}
