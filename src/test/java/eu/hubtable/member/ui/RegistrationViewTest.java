package eu.hubtable.member.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.security.ui.LoginView;
import eu.hubtable.member.Registration;
import eu.hubtable.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegistrationViewTest extends KaribuTest {

    @Test
    void malformedEmailAndShortPasswordShowMessagesOnTheFieldsAndKeepWhatWasTyped() {
        navigate("register");
        fillIn("Léa Martin", "lea.martin@example", "short");
        _click(_get(Button.class, spec -> spec.withId("register")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("email"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("This does not look like an email address (name@example.org).");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 10 characters.");
        assertThat(_get(TextField.class, spec -> spec.withId("display-name")).isInvalid()).isFalse();
        assertThat(email.getValue()).isEqualTo("lea.martin@example");
        assertThat(password.getValue()).isEqualTo("short");
        assertThat(memberAccounts.count()).isZero();
        assertThat(currentPath()).isEqualTo("register");
    }

    @Test
    void takenEmailIsExplainedInFrenchToAFrenchVisitor() {
        memberAccounts.register(new Registration("Léa", "lea@example.org", PASSWORD, Locale.ENGLISH));
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("register");
        fillIn("Autre Léa", "LEA@example.org", "une phrase de passe assez longue");
        _click(_get(Button.class, spec -> spec.withId("register")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("email"));
        assertThat(email.getErrorMessage()).isEqualTo("Un compte existe déjà avec cet e-mail. Connectez-vous plutôt.");
        assertThat(memberAccounts.count()).isEqualTo(1);
    }

    @Test
    void commonPasswordIsRefused() {
        navigate("register");
        fillIn("Léa Martin", "lea@example.org", "password123");
        _click(_get(Button.class, spec -> spec.withId("register")));

        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).getErrorMessage())
                .isEqualTo("This password is too common and easily guessed. Choose another.");
        assertThat(memberAccounts.count()).isZero();
    }

    @Test
    void validRegistrationCreatesTheAccountInTheVisitorsLanguageAndLeadsToSignIn() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("register");
        fillIn("Léa Martin", "lea@example.org", "the sound of rain on zinc roofs");
        _click(_get(Button.class, spec -> spec.withId("register")));

        assertThat(memberAccounts.count()).isEqualTo(1);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    private static void fillIn(String name, String email, String password) {
        _setValue(_get(TextField.class, spec -> spec.withId("display-name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), password);
    }
}
