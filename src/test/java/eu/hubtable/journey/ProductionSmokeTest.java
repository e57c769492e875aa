package eu.hubtable.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Checks an already running production jar (started by .ci/run with no database configured, so
 * on embedded MariaDB with demo content): the sign-in page renders and a demo member signs in.
 * Runs only when {@code -Dhubtable.smoke.url=http://localhost:PORT} names that app.
 */
class ProductionSmokeTest {

    @Test
    void demoMemberSignsInToTheRunningJar() throws Exception {
        String base = System.getProperty("hubtable.smoke.url", "");
        Assumptions.assumeFalse(base.isBlank(), "no running app named by -Dhubtable.smoke.url");
        BrowserTest.requireBrowser();
        Path profile = Files.createTempDirectory("hubtable-smoke-");
        WebDriver browser = BrowserTest.openChromium(profile);
        try {
            browser.get(base + "/login");
            assertThat(BrowserTest.waitFor(browser, By.cssSelector(".auth-brand h1")).getText()).isEqualTo("hubtable");
            BrowserTest.screenshot(browser, "smoke-login");

            BrowserTest.signIn(browser, "member@demo.hubtable.eu", "hubtable-demo-2026");
            // Léa chose French: the portal greets her in her language.
            assertThat(BrowserTest.waitFor(browser, By.tagName("h1")).getText()).isEqualTo("Bienvenue, Léa Martin");
            assertThat(BrowserTest.waitFor(browser, By.id("my-organisations")).getText()).contains("Brussels Creative Quarter");
            BrowserTest.screenshot(browser, "smoke-home");
        } finally {
            browser.quit();
        }
    }
}
