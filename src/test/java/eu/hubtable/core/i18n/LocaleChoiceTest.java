package eu.hubtable.core.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class LocaleChoiceTest extends KaribuTest {

    @Autowired
    UserDetailsService userDetails;

    @Test
    @SuppressWarnings("unchecked")
    void aMemberWhoSwitchesToFrenchKeepsFrenchAtTheNextSignIn() {
        MemberPrincipal lea = newMember("Léa");
        login(lea);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Léa");

        Select<Locale> languages = _get(Select.class, spec -> spec.withId("locale-switch"));
        _setValue(languages, Locale.FRENCH, true);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        MemberPrincipal nextSignIn = (MemberPrincipal) userDetails.loadUserByUsername(lea.email());
        assertThat(nextSignIn.locale()).isEqualTo(Locale.FRENCH);

        // the page is redrawn in French
        navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Bienvenue, Léa");
    }
}
