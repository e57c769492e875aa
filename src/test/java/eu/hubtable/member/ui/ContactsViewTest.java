package eu.hubtable.member.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.member.ContactVisibility;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.Profiles;
import eu.hubtable.support.KaribuTest;
import eu.hubtable.support.LiveUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContactsViewTest extends KaribuTest {

    @Autowired
    Profiles profiles;

    @Test
    void aRequestAcceptedInAnotherBrowserRevealsTheContactDetails() {
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        signIn(lea);
        ProfileForm mine = profiles.mine();
        profiles.updateMine(new ProfileForm(mine.version(), mine.displayName(), mine.headline(), mine.bio(), mine.city(),
                mine.countryCode(), mine.languages(), mine.sectors(), mine.skills(), mine.offer(), mine.need(),
                "+32 470 11 22 33", null, ContactVisibility.CONTACTS));

        login(tom);
        navigate("members/" + lea.memberId());
        _get(Paragraph.class, spec -> spec.withId("profile-contact-hidden"));
        _click(_get(Button.class, spec -> spec.withId("contact-request")));
        _setValue(_get(TextArea.class, spec -> spec.withId("contact-message")), "Met you at the Esch meetup <3");
        _click(_get(Button.class, spec -> spec.withId("contact-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("contact-status")).getText()).isEqualTo("Contact request sent.");

        try (LiveUser leasBrowser = anotherUser(lea)) {
            leasBrowser.run(() -> {
                UI.getCurrent().navigate("");
                assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("contact-requests")).getText())
                        .startsWith("1 member asks to connect with you");
                UI.getCurrent().navigate("contacts");
                Div incoming = _get(Div.class, spec -> spec.withId("contacts-incoming"));
                assertThat(incoming.getElement().getTextRecursively()).contains("Tom Weber", "Met you at the Esch meetup <3");
                _click(_get(incoming, Button.class, spec -> spec.withText("Accept")));
                assertThat(_get(Div.class, spec -> spec.withId("contacts-mine")).getElement().getTextRecursively())
                        .contains("Tom Weber", tom.email());
                _assertNone(Div.class, spec -> spec.withId("contacts-incoming"));
            });
        }

        navigate("members/" + lea.memberId());
        Div contact = _get(Div.class, spec -> spec.withId("profile-contact"));
        assertThat(contact.getElement().getTextRecursively()).contains(lea.email(), "+32 470 11 22 33");
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("contact-vcard"));
    }

    @Test
    void aTooLongMessageIsExplainedInTheDialogAndKept() {
        MemberPrincipal lea = newMember("Léa Martin");
        login(newMember("Tom Weber"));
        navigate("members/" + lea.memberId());
        _click(_get(Button.class, spec -> spec.withId("contact-request")));
        TextArea message = _get(TextArea.class, spec -> spec.withId("contact-message"));
        String tooLong = "a".repeat(501);
        _setValue(message, tooLong);
        _click(_get(Button.class, spec -> spec.withId("contact-send")));
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("Keep the message under 500 characters.");
        assertThat(message.getValue()).isEqualTo(tooLong);
    }
}
