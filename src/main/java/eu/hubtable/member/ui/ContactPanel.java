package eu.hubtable.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import eu.hubtable.member.ContactRejected;
import eu.hubtable.member.ContactState;
import eu.hubtable.member.Contacts;
import eu.hubtable.member.Profiles;

/** On a member's page: ask them to become contacts, answer their request, or end the contact. */
class ContactPanel extends Div {

    private final Contacts contacts;
    private final Profiles profiles;
    private final long memberId;
    private final String memberName;
    private final Runnable changed;

    ContactPanel(Contacts contacts, Profiles profiles, long memberId, String memberName, Runnable changed) {
        this.contacts = contacts;
        this.profiles = profiles;
        this.memberId = memberId;
        this.memberName = memberName;
        this.changed = changed;
        setId("contact-panel");
        addClassName("contact-panel");
        show(contacts.stateWith(memberId));
    }

    private void show(ContactState state) {
        removeAll();
        switch (state.status()) {
            case SELF -> setVisible(false);
            case NONE -> add(button("contact-request", "contacts.request", ButtonVariant.LUMO_PRIMARY, this::openRequestDialog));
            case REQUESTED -> add(status("contacts.state.requested"),
                    button("contact-withdraw", "contacts.withdraw", ButtonVariant.LUMO_TERTIARY, () -> act(() -> contacts.remove(memberId))));
            case INCOMING -> {
                add(status("contacts.state.incoming"));
                if (state.message() != null) {
                    Paragraph message = new Paragraph(state.message());
                    message.addClassNames("preserve-lines", "quote");
                    message.setId("contact-incoming-message");
                    add(message);
                }
                long requestId = state.requestId();
                add(button("contact-accept", "contacts.accept", ButtonVariant.LUMO_PRIMARY, () -> act(() -> contacts.accept(requestId))),
                        button("contact-decline", "contacts.decline", ButtonVariant.LUMO_TERTIARY, () -> act(() -> contacts.decline(requestId))));
            }
            case CONTACTS -> add(status("contacts.state.contacts"), vCardLink(),
                    button("contact-remove", "contacts.remove", ButtonVariant.LUMO_TERTIARY, () -> act(() -> contacts.remove(memberId))));
        }
    }

    private void openRequestDialog() {
        Dialog dialog = new Dialog(getTranslation("contacts.request.title", memberName));
        TextArea message = new TextArea(getTranslation("contacts.request.message"));
        message.setId("contact-message");
        message.setMaxLength(Contacts.MAX_MESSAGE);
        message.setHelperText(getTranslation("contacts.request.message.help"));
        message.setWidthFull();
        Button send = new Button(getTranslation("contacts.request.send"), click -> {
            try {
                contacts.request(memberId, message.getValue());
                dialog.close();
                changed.run();
            } catch (ContactRejected rejected) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation(rejected.messageKey()));
            }
        });
        send.setId("contact-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("contacts.cancel"), click -> dialog.close());
        dialog.add(message);
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private Anchor vCardLink() {
        Anchor link = new VCardLink(profiles, memberId, getTranslation("contacts.vcard"));
        link.setId("contact-vcard");
        return link;
    }

    /** Runs a contact action; if the other side got there first, says so and shows the new state. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (ContactRejected rejected) {
            Notification.show(getTranslation(rejected.messageKey())).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        changed.run();
    }

    private Paragraph status(String key) {
        Paragraph status = new Paragraph(getTranslation(key));
        status.setId("contact-status");
        return status;
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }
}
