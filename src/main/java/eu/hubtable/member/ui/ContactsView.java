package eu.hubtable.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.member.Contact;
import eu.hubtable.member.ContactRejected;
import eu.hubtable.member.ContactRequestCard;
import eu.hubtable.member.Contacts;
import eu.hubtable.member.MemberSummary;
import eu.hubtable.member.Profiles;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Function;

/** My contacts, the requests waiting for my answer, and the ones I sent. */
@Route("contacts")
@PermitAll
@Menu(title = "nav.contacts", order = 3, icon = "vaadin:connect")
public class ContactsView extends VerticalLayout implements HasDynamicTitle {

    private final Contacts contacts;
    private final Profiles profiles;

    public ContactsView(Contacts contacts, Profiles profiles) {
        this.contacts = contacts;
        this.profiles = profiles;
        addClassName("page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("contacts.title")));
        List<ContactRequestCard> incoming = contacts.incoming();
        if (!incoming.isEmpty()) {
            section("contacts-incoming", "contacts.incoming", incoming, this::incomingCard, "");
        }
        section("contacts-mine", "contacts.mine", contacts.mine(), this::contactCard, "contacts.mine.empty");
        List<ContactRequestCard> sent = contacts.sent();
        if (!sent.isEmpty()) {
            section("contacts-sent", "contacts.sent", sent, this::sentCard, "");
        }
    }

    private <T> void section(String id, String titleKey, List<T> items, Function<T, Component> card, String emptyKey) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.setId(id);
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("muted");
            section.add(empty);
        }
        items.forEach(item -> section.add(card.apply(item)));
        add(section);
    }

    private Component incomingCard(ContactRequestCard request) {
        Div card = card(request.member());
        if (request.message() != null) {
            Paragraph message = new Paragraph(request.message());
            message.addClassNames("preserve-lines", "quote");
            card.add(message);
        }
        card.add(button("contacts.accept", ButtonVariant.LUMO_PRIMARY, () -> contacts.accept(request.requestId())),
                button("contacts.decline", ButtonVariant.LUMO_TERTIARY, () -> contacts.decline(request.requestId())));
        return card;
    }

    private Component contactCard(Contact contact) {
        Div card = card(contact.member());
        card.add(new Div(new Anchor("mailto:" + contact.email(), contact.email())));
        if (contact.phone() != null) {
            card.add(new Div(new Anchor("tel:" + contact.phone().replaceAll("[^+0-9]", ""), contact.phone())));
        }
        card.add(new VCardLink(profiles, contact.member().id(), getTranslation("contacts.vcard")),
                button("contacts.remove", ButtonVariant.LUMO_TERTIARY, () -> contacts.remove(contact.member().id())));
        return card;
    }

    private Component sentCard(ContactRequestCard request) {
        Div card = card(request.member());
        card.add(new Paragraph(getTranslation("contacts.state.requested")),
                button("contacts.withdraw", ButtonVariant.LUMO_TERTIARY, () -> contacts.remove(request.member().id())));
        return card;
    }

    private Div card(MemberSummary member) {
        Anchor name = new Anchor("members/" + member.id(), member.displayName());
        name.addClassName("card-title");
        Div card = new Div(name);
        card.addClassName("contact-card");
        String place = Countries.place(member.city(), member.countryCode(), getLocale());
        if (member.headline() != null || !place.isEmpty()) {
            Paragraph about = new Paragraph(String.join(" · ", java.util.stream.Stream.of(member.headline(), place)
                    .filter(s -> s != null && !s.isEmpty()).toList()));
            about.addClassName("muted");
            card.add(about);
        }
        return card;
    }

    private Button button(String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
            } catch (ContactRejected rejected) {
                Notification.show(getTranslation(rejected.messageKey())).addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            render();
        });
        button.addThemeVariants(variant);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title") + " · " + getTranslation("app.name");
    }
}
