package eu.hubtable.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.ContactVisibility;
import eu.hubtable.member.Contacts;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.Profiles;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.OrganisationProfile;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.KaribuTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SuggestionsViewTest extends KaribuTest {

    @Autowired
    Profiles profiles;

    @Autowired
    Organisations organisations;

    @Autowired
    Contacts contacts;

    @Test
    void aMemberSeesWhyPeopleAreSuggestedDismissesOneConnectsWithAnotherAndReceivesAnIntroduction() {
        MemberPrincipal lea = person("Léa Martin", Sector.DIGITAL_GAMES, "fr", Set.of(), "Looking for sound design for a game");
        MemberPrincipal karim = person("Karim Sound", Sector.MUSIC, "fr", Set.of("sound design"), null);
        MemberPrincipal sam = person("Sam Same", Sector.DIGITAL_GAMES, "de", Set.of("sound design"), null);
        MemberPrincipal mia = newMember("Mia Manager");
        long hub = asAdmin(() -> organisations.create(new NewOrganisation("Creative Hub Esch", OrganisationKind.HUB, "Esch-sur-Alzette",
                "LU", null, null)));
        asAdmin(() -> {
            organisations.addMember(hub, mia.memberId(), MembershipRole.MANAGER);
            organisations.addMember(hub, lea.memberId(), MembershipRole.MEMBER);
            organisations.addMember(hub, karim.memberId(), MembershipRole.MEMBER);
            return null;
        });

        login(mia);
        navigate("suggestions");
        _click(_get(Button.class, spec -> spec.withId("introduce-members")));
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationProfile.Person> first = _get(ComboBox.class, spec -> spec.withId("introduction-first"));
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationProfile.Person> second = _get(ComboBox.class, spec -> spec.withId("introduction-second"));
        first.setValue(person(first, "Léa Martin"));
        second.setValue(person(second, "Léa Martin"));
        _click(_get(Button.class, spec -> spec.withId("introduction-send")));
        assertThat(second.getErrorMessage()).isEqualTo("Choose two different people.");
        assertThat(_get(TextArea.class, spec -> spec.withId("introduction-note")).getErrorMessage())
                .isEqualTo("Say in a few words (up to 500 characters) why they should meet.");
        second.setValue(person(second, "Karim Sound"));
        _setValue(_get(TextArea.class, spec -> spec.withId("introduction-note")), "Karim scored two heritage games.");
        _click(_get(Button.class, spec -> spec.withId("introduction-send")));
        assertThat(_find(TextArea.class, spec -> spec.withId("introduction-note"))).isEmpty();

        login(lea);
        navigate("suggestions");
        assertThat(text("introductions")).contains("Mia Manager introduced you to Karim Sound (Creative Hub Esch)",
                "Karim scored two heritage games.");
        assertThat(text("suggested-people"))
                .contains("You need sound design; Karim Sound offers it", "Different sector: Digital and games × Music",
                        "You both speak French", "You need sound design; Sam Same offers it")
                .containsSubsequence("Karim Sound", "Sam Same");

        Div samCard = (Div) _get(Div.class, spec -> spec.withId("suggested-people")).getChildren()
                .filter(card -> card.getElement().getTextRecursively().contains("Sam Same")).findFirst().orElseThrow();
        _click(_get(samCard, Button.class, spec -> spec.withClasses("suggestion-dismiss")));
        assertThat(text("suggested-people")).doesNotContain("Sam Same");
        navigate("suggestions");
        assertThat(text("suggested-people")).as("remembered").doesNotContain("Sam Same");

        _click(_get(Button.class, spec -> spec.withClasses("suggestion-act")));
        _setValue(_get(TextArea.class, spec -> spec.withId("suggestion-message")), "Would you score our next game?");
        _click(_get(Button.class, spec -> spec.withId("suggestion-send")));
        assertThat(_get(SuggestionsView.class).getElement().getTextRecursively()).as("asked: no longer suggested")
                .doesNotContain("Karim Sound offers it").contains("Nothing to suggest yet.");

        login(karim);
        assertThat(contacts.incoming()).singleElement().satisfies(request ->
                assertThat(request.message()).isEqualTo("Would you score our next game?"));
        assertThat(sam.memberId()).isPositive();
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static OrganisationProfile.Person person(ComboBox<OrganisationProfile.Person> box, String name) {
        return box.getListDataView().getItems().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
    }

    private MemberPrincipal person(String name, Sector sector, String language, Set<String> skills, String need) {
        MemberPrincipal member = newMember(name);
        signIn(member);
        ProfileForm current = profiles.mine();
        profiles.updateMine(new ProfileForm(current.version(), name, null, null, "Esch-sur-Alzette", "LU", Set.of(language),
                Set.of(sector), skills, null, need, null, null, ContactVisibility.CONTACTS));
        return member;
    }
}
