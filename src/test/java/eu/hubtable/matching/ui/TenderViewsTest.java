package eu.hubtable.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.Consortia;
import eu.hubtable.matching.TenderCard;
import eu.hubtable.matching.TenderForm;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.Profiles;
import eu.hubtable.support.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TenderViewsTest extends KaribuTest {

    @Autowired
    Consortia consortia;

    @Autowired
    Profiles profiles;

    @Test
    void aLeadBuildsAConsortiumWithThreeOthersAndSeesFilledAndMissingRoles() {
        MemberPrincipal lina = newMember("Lina Lead");
        MemberPrincipal bea = newMember("Bea Sound");
        MemberPrincipal carl = newMember("Carl Code");
        MemberPrincipal dan = newMember("Dan Dev");
        MemberPrincipal olga = newMember("Olga Outsider");
        profile(bea, Set.of(Sector.MUSIC), "sound design");
        profile(carl, Set.of(Sector.DIGITAL_GAMES), "unity");
        profile(dan, Set.of(Sector.DIGITAL_GAMES));

        login(lina);
        navigate("tenders");
        _click(_get(Button.class, spec -> spec.withId("new-tender")));
        assertThat(currentPath()).isEqualTo("tenders/new");
        _setValue(_get(TextField.class, spec -> spec.withId("tender-title")), "Esch heritage trail");
        _setValue(_get(TextField.class, spec -> spec.withId("tender-buyer")), "City of Esch");
        _setValue(_get(DatePicker.class, spec -> spec.withId("tender-deadline")), LocalDate.now().minusDays(1));
        _setValue(_get(TextField.class, spec -> spec.withId("tender-link")), "not a link");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("tender-budget-min")), new BigDecimal("90000"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("tender-budget-max")), new BigDecimal("80000"));
        _click(_get(Button.class, spec -> spec.withId("save-tender")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("tender-deadline")).getErrorMessage())
                .isEqualTo("The deadline cannot be in the past.");
        assertThat(_get(TextField.class, spec -> spec.withId("tender-link")).getErrorMessage()).startsWith("Give the call’s web address");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("tender-budget-min")).getErrorMessage())
                .isEqualTo("The lowest budget cannot be above the highest.");
        assertThat(_get(TextField.class, spec -> spec.withId("role-name")).getErrorMessage())
                .isEqualTo("Add at least one role the consortium needs.");
        assertThat(_get(TextField.class, spec -> spec.withId("tender-title")).getValue()).isEqualTo("Esch heritage trail");

        _setValue(_get(DatePicker.class, spec -> spec.withId("tender-deadline")), LocalDate.now().plusDays(30));
        _setValue(_get(TextField.class, spec -> spec.withId("tender-link")), "https://tenders.example.eu/esch");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("tender-budget-min")), new BigDecimal("20000"));
        addRole("Sound designer", Sector.MUSIC, "sound design");
        addRole("Developer", Sector.DIGITAL_GAMES, "unity");
        assertThat(text(_get(Div.class, spec -> spec.withId("role-list")))).contains("Sound designer", "Music", "Developer", "unity");
        _click(_get(Button.class, spec -> spec.withId("save-tender")));
        assertThat(currentPath()).startsWith("tenders/");
        String card = currentPath();
        long tenderId = Long.parseLong(card.substring("tenders/".length()));
        assertThat(_get(Span.class, spec -> spec.withId("tender-progress")).getText()).isEqualTo("0 of 2 roles filled");
        assertThat(_get(Paragraph.class, spec -> spec.withId("tender-facts")).getText())
                .contains("Buyer: City of Esch", "budget €20,000.00 – €80,000.00", "led by Lina Lead");

        Div sound = role(tenderId, "Sound designer");
        assertThat(badge(sound)).isEqualTo("Missing");
        assertThat(text(candidate(sound, "Bea Sound"))).contains("lists skill ‘sound design’", "works in Music (a sector this role needs)");
        invite(sound, "Bea Sound", "You did the Belval app");
        invite(role(tenderId, "Developer"), "Carl Code", null);
        assertThat(text(role(tenderId, "Sound designer"))).contains("Bea Sound", "Invited", "You did the Belval app");

        login(bea);
        navigate("tenders");
        assertThat(text(_get(Div.class, spec -> spec.withId("tender-invitations"))))
                .contains("Esch heritage trail", "Lina Lead invites you as Sound designer.");
        _click(_get(Button.class, spec -> spec.withClasses("invitation-accept")));
        assertThat(_find(Button.class, spec -> spec.withClasses("invitation-accept"))).isEmpty();
        assertThat(text(_get(Div.class, spec -> spec.withId("my-tenders")))).contains("Esch heritage trail", "1 of 2 roles filled");

        login(carl);
        navigate(card);
        assertThat(_find(Div.class, spec -> spec.withClasses("role-candidates"))).as("candidates are the lead's").isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("team-csv"))).as("not in the team").isEmpty();
        _click(_get(Button.class, spec -> spec.withClasses("invitation-decline")));
        assertThat(text(role(tenderId, "Developer"))).contains("Carl Code", "Declined");

        login(lina);
        navigate(card);
        assertThat(_get(Span.class, spec -> spec.withId("tender-progress")).getText()).isEqualTo("1 of 2 roles filled");
        assertThat(badge(role(tenderId, "Sound designer"))).isEqualTo("Filled");
        assertThat(badge(role(tenderId, "Developer"))).isEqualTo("Missing");
        assertThat(_find(role(tenderId, "Sound designer"), Div.class, spec -> spec.withClasses("role-candidates"))).isEmpty();
        assertThat(text(role(tenderId, "Developer"))).as("Carl was invited already").doesNotContain("Carl Code\nMember");
        invite(role(tenderId, "Developer"), "Dan Dev", "Unity port");

        login(dan);
        navigate(card);
        _click(_get(Button.class, spec -> spec.withClasses("invitation-accept")));
        assertThat(_get(Span.class, spec -> spec.withId("tender-progress")).getText()).isEqualTo("2 of 2 roles filled");
        assertThat(_get(Span.class, spec -> spec.withId("tender-formed")).getText()).isEqualTo("Consortium formed");

        login(lina);
        navigate(card);
        assertThat(_find(Anchor.class, spec -> spec.withId("team-csv"))).hasSize(1);
        assertThat(_get(Anchor.class, spec -> spec.withId("print-link")).getHref()).isEqualTo(card + "/print");
        navigate(card + "/print");
        assertThat(text(_get(NativeTable.class, spec -> spec.withId("print-table"))))
                .contains("Sound designer", "Bea Sound", bea.email(), "Developer", "Dan Dev", dan.email(), "Carl Code", "Declined")
                .doesNotContain(carl.email());

        login(olga);
        assertThatThrownBy(() -> navigate(card)).hasRootCauseInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> navigate(card + "/print")).hasRootCauseInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> navigate(card + "/edit")).hasRootCauseInstanceOf(NotFoundException.class);
        navigate("tenders");
        assertThat(text(_get(Div.class, spec -> spec.withId("my-tenders")))).doesNotContain("Esch heritage trail");
    }

    @Test
    void aCardSavedMeanwhileInAnotherTabIsNotOverwrittenAndTheTypedTextStays() {
        MemberPrincipal lina = newMember("Lina Lead");
        login(lina);
        long id = consortia.open(new TenderForm(0, "Esch heritage trail", "City of Esch", LocalDate.now().plusDays(30),
                "https://tenders.example.eu/esch", null, null, null),
                java.util.List.of(new eu.hubtable.matching.TenderRoleForm("Sound designer", Set.of(Sector.MUSIC), Set.of())));
        navigate("tenders/" + id + "/edit");
        assertThat(_find(Div.class, spec -> spec.withId("role-list"))).as("roles change on the card").allSatisfy(list ->
                assertThat(list.isVisible() && list.getParent().map(Component::isVisible).orElse(true)).isFalse());
        _setValue(_get(TextField.class, spec -> spec.withId("tender-title")), "Esch trail, phase 2");

        TenderCard other = consortia.card(id); // another tab saves first
        consortia.update(id, new TenderForm(other.version(), "Esch trail (buyer renamed)", "Esch-sur-Alzette", other.deadline(),
                other.link(), null, null, null));
        _click(_get(Button.class, spec -> spec.withId("save-tender")));
        assertThat(currentPath()).endsWith("/edit");
        assertThat(_get(Paragraph.class, spec -> spec.withId("tender-conflict")).getText())
                .startsWith("Someone saved this card meanwhile (now: “Esch trail (buyer renamed)”");
        assertThat(_get(TextField.class, spec -> spec.withId("tender-title")).getValue()).isEqualTo("Esch trail, phase 2");

        _click(_get(Button.class, spec -> spec.withId("save-tender")));
        assertThat(currentPath()).isEqualTo("tenders/" + id);
        assertThat(consortia.card(id).title()).isEqualTo("Esch trail, phase 2");
    }

    private void addRole(String name, Sector sector, String skills) {
        _setValue(_get(TextField.class, spec -> spec.withId("role-name")), name);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Sector> sectors = _get(MultiSelectComboBox.class, spec -> spec.withId("role-sectors"));
        sectors.setValue(Set.of(sector));
        _setValue(_get(TextField.class, spec -> spec.withId("role-skills")), skills);
        _click(_get(Button.class, spec -> spec.withId("add-role")));
    }

    private Div role(long tenderId, String name) {
        long roleId = consortia.card(tenderId).roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
        return _get(Div.class, spec -> spec.withId("role-" + roleId));
    }

    private static String badge(Div role) {
        return _get(role, Span.class, spec -> spec.withClasses("role-state")).getText();
    }

    private static Div candidate(Div role, String name) {
        return _find(role, Div.class, spec -> spec.withClasses("tender-candidate")).stream()
                .filter(candidate -> text(candidate).contains(name)).findFirst().orElseThrow();
    }

    private static void invite(Div role, String name, String note) {
        _click(_get(candidate(role, name), Button.class, spec -> spec.withClasses("candidate-invite")));
        if (note != null) {
            _setValue(_get(TextArea.class, spec -> spec.withId("invite-note")), note);
        }
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private void profile(MemberPrincipal member, Set<Sector> sectors, String... skills) {
        asAdmin(() -> {
            ProfileForm f = profiles.of(member.memberId());
            return profiles.updateOf(member.memberId(), new ProfileForm(f.version(), f.displayName(), f.headline(), f.bio(), f.city(),
                    f.countryCode(), f.languages(), sectors, Set.of(skills), f.offer(), f.need(), f.phone(), f.website(),
                    f.contactVisibility(), f.links()));
        });
    }
}
