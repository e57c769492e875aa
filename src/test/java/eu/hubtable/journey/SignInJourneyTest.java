package eu.hubtable.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.member.Registration;
import eu.hubtable.support.BrowserTest;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A newcomer signs up, fails a sign-in, signs in, switches to French and signs out, in Chromium. */
class SignInJourneyTest extends BrowserTest {

    private static final String PASSPHRASE = "lanterns over the Alzette";

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

    @Test
    void worksAtPhoneWidthWithoutSidewaysScrolling() {
        memberAccounts.register(new Registration("Léa Martin", "lea@example.org", PASSPHRASE, Locale.ENGLISH));
        browser.manage().window().setSize(new Dimension(390, 844));

        browser.get(url("login"));
        waitFor(By.id("vaadinLoginUsername"));
        assertThat(overflowsSideways()).as("login page scrolls sideways").isFalse();

        signIn(browser, "lea@example.org", PASSPHRASE);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Welcome, Léa Martin");
        assertThat(waitFor(By.tagName("vaadin-drawer-toggle")).isDisplayed()).isTrue();
        assertThat(overflowsSideways()).as("home page scrolls sideways").isFalse();
        screenshot(browser, "home-phone");
    }

    private boolean overflowsSideways() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }
}
