package eu.hubtable.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.member.MemberAccounts;
import eu.hubtable.member.Registration;
import eu.hubtable.support.BrowserTest;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A newcomer signs up, fails a sign-in, signs in, switches to French and signs out, in Chromium. */
class SignInJourneyTest extends BrowserTest {

    private static final String PASSPHRASE = "lanterns over the Alzette";

    @Autowired
    MemberAccounts memberAccounts;

    @Test
    void signUpThenSignInWithAWrongAndARightPassword() {
        browser.get(url("register"));
        type(browser, "#display-name", "Léa Martin");
        type(browser, "#email", "lea.martin@example.org");
        type(browser, "#password", PASSPHRASE);
        waitFor(By.id("register")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("login"));
        assertThat(memberAccounts.count()).isEqualTo(1);

        signIn(browser, "lea.martin@example.org", "not my passphrase");
        waitFor(By.cssSelector("vaadin-login-form[error]"));
        assertThat(deepText(browser, "vaadin-login-form")).contains("Wrong email or password");
        screenshot(browser, "login-error");

        signIn(browser, "lea.martin@example.org", PASSPHRASE);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Welcome, Léa Martin");
        screenshot(browser, "home");

        waitFor(By.id("logout")).click();
        waitFor(By.id("vaadinLoginUsername"));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToSignInAndBackAfterwards() {
        memberAccounts.register(new Registration("Tom Wagner", "tom@example.org", PASSPHRASE, Locale.FRENCH));

        browser.get(url(""));
        waitFor(By.id("vaadinLoginUsername"));
        assertThat(browser.getCurrentUrl()).contains("/login");

        signIn(browser, "tom@example.org", PASSPHRASE);
        // Tom registered in French: the portal speaks French to him.
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Bienvenue, Tom Wagner");
    }
}
