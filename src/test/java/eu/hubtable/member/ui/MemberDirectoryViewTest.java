package eu.hubtable.member.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.MemberCard;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.Profiles;
import eu.hubtable.support.KaribuTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MemberDirectoryViewTest extends KaribuTest {

    @Autowired
    Profiles profiles;

    private MemberPrincipal viewer;

    @BeforeEach
    void members() {
        profile(newMember("Léa Martin"), "Sound designer", Set.of(Sector.MUSIC), Set.of("sound design"));
        profile(newMember("Eva Jansen"), "Game designer", Set.of(Sector.DIGITAL_GAMES), Set.of("game design"));
        viewer = newMember("Tom Wagner");
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchAndSectorFilterNarrowTheListAndTheCount() {
        login(viewer);
        navigate("members");
        Grid<MemberCard> grid = _get(Grid.class, spec -> spec.withId("member-grid"));
        assertThat(count()).isEqualTo("3 members");
        assertThat(_size(grid)).isEqualTo(3);

        _setValue(_get(TextField.class, spec -> spec.withId("directory-search")), "design");
        assertThat(count()).isEqualTo("2 members");

        ComboBox<Sector> sector = _get(ComboBox.class, spec -> spec.withId("filter-sector"));
        _setValue(sector, Sector.MUSIC);
        assertThat(count()).isEqualTo("1 member");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).displayName()).isEqualTo("Léa Martin");

        _setValue(_get(TextField.class, spec -> spec.withId("directory-search")), "<b>nobody</b>");
        assertThat(count()).isEqualTo("No members found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCardViewListsTheSameMembers() {
        login(viewer);
        navigate("members");
        _click(_get(Button.class, spec -> spec.withId("view-toggle")));

        Grid<MemberCard> grid = _get(Grid.class, spec -> spec.withId("member-grid"));
        assertThat(grid.getColumns()).hasSize(1);
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_get(Button.class, spec -> spec.withId("view-toggle")).getText()).isEqualTo("List");
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withId("result-count")).getText();
    }

    private void profile(MemberPrincipal member, String headline, Set<Sector> sectors, Set<String> skills) {
        ProfileForm f = asAdmin(() -> profiles.of(member.memberId()));
        asAdmin(() -> profiles.updateOf(member.memberId(), new ProfileForm(f.version(), f.displayName(), headline, null,
                f.city(), f.countryCode(), Set.of(), sectors, skills, null, null, null, null, f.contactVisibility())));
    }
}
