package eu.hubtable.core.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import eu.hubtable.support.KaribuTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void wrongPasswordShowsAPlainMessage() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("bad"));
        navigate("login?error");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownTexts(form)).contains("Wrong email or password", "Check your email and password and try again.");
    }

    @Test
    void throttledSignInSaysHowLongToWait() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(Duration.ofSeconds(8)));
        navigate("login?error");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownTexts(form)).contains("Too many attempts", "Too many failed sign-ins from here. Try again in 8 seconds.");
    }

    /** The texts the login form's web component renders (its i18n property). */
    private static String shownTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void aSignedInMemberIsSentHome() {
        login(newMember("Léa"));
        navigate("login");
        assertThat(currentPath()).isEmpty();
    }
}
