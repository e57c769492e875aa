package eu.hubtable.organisation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationCard;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.Venue;
import eu.hubtable.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationViewsTest extends KaribuTest {

    @Autowired
    Organisations organisations;

    private MemberPrincipal manager;
    private MemberPrincipal member;
    private long hub;

    @BeforeEach
    void cluster() {
        manager = newMember("Manon Hub");
        member = newMember("Léa Martin");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Esch Creative Hub", OrganisationKind.HUB, "Esch-sur-Alzette", "LU",
                    "Coworking and a FabLab.", null));
            organisations.create(new NewOrganisation("Studio Lumen", OrganisationKind.COMPANY, "Brussels", "BE", "Sound design.", null));
            organisations.addMember(id, manager.memberId(), MembershipRole.MANAGER);
            return id;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDirectoryFiltersByKindAndText() {
        login(member);
        navigate("organisations");
        Grid<OrganisationCard> grid = _get(Grid.class, spec -> spec.withId("organisation-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-kind")), OrganisationKind.COMPANY);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("result-count")).getText()).isEqualTo("1 organisation");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-kind")), null);
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-search")), "fablab");
        assertThat(_size(grid)).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("view-toggle")));
        assertThat(_size(grid)).isEqualTo(1);
    }

    @Test
    void aManagerEditsTheOrganisationAndAddsAVenueWhileAMemberOnlyReads() {
        login(member);
        navigate("organisations/" + hub);
        assertThat(_find(Button.class, spec -> spec.withId("edit-organisation"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-venue"))).isEmpty();

        login(manager);
        navigate("organisations/" + hub);
        _click(_get(Button.class, spec -> spec.withId("edit-organisation")));
        _setValue(_get(TextField.class, spec -> spec.withId("org-name")), "Studio Lumen");
        _setValue(_get(TextField.class, spec -> spec.withId("org-website")), "hub dot lu");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        TextField name = _get(TextField.class, spec -> spec.withId("org-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Another organisation already has this name.");
        assertThat(_get(TextField.class, spec -> spec.withId("org-website")).getValue()).isEqualTo("hub dot lu");
        _setValue(name, "Esch Creative Hub & FabLab");
        _setValue(_get(TextField.class, spec -> spec.withId("org-website")), "https://hub.example.lu");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Esch Creative Hub & FabLab");

        _click(_get(Button.class, spec -> spec.withId("add-venue")));
        _setValue(_get(TextField.class, spec -> spec.withId("venue-name")), "Studio 3");
        _setValue(_get(TextField.class, spec -> spec.withId("venue-address")), "12 Rue de la Loi, Esch");
        _setValue(_get(IntegerField.class, spec -> spec.withId("venue-capacity")), 40);
        _click(_get(Button.class, spec -> spec.withId("save-venue")));
        assertThat(_get(Div.class, spec -> spec.withId("organisation-venues")).getElement().getTextRecursively())
                .contains("Studio 3", "12 Rue de la Loi, Esch", "40 people");
        signIn(manager);
        assertThat(organisations.venuesOf(hub)).extracting(Venue::name).containsExactly("Studio 3");
    }
}
