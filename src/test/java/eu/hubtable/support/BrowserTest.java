package eu.hubtable.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser journeys: the app on a random port, Debian's Chromium headless. Outside CI a
 * machine without Chromium skips these with a message; in CI ({@code CI=true}) they must run.
 */
public abstract class BrowserTest extends ServiceTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    private int port;

    protected WebDriver browser;
    private Path profile;

    @BeforeAll
    static void requireChromium() {
        requireBrowser();
    }

    /** Fails in CI, skips elsewhere, when Debian's Chromium or its driver is missing. */
    public static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Chromium: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium not installed (apt-get install -y chromium chromium-driver): browser journeys skipped");
        Assumptions.assumeFalse(Boolean.getBoolean("skip.browser"), "browser journeys skipped by -Dskip.browser=true");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("hubtable-chromium-");
        browser = openChromium(profile);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(profile);
    }

    public static WebDriver openChromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en-GB", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected WebElement waitFor(By locator) {
        return waitFor(browser, locator);
    }

    public static WebElement waitFor(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Types into a Vaadin text field: its native input sits in the field's light DOM. */
    public static void type(WebDriver browser, String fieldSelector, String text) {
        WebElement input = waitFor(browser, By.cssSelector(fieldSelector + " input"));
        input.clear();
        input.sendKeys(text);
    }

    public static void signIn(WebDriver browser, String email, String password) {
        type(browser, "#vaadinLoginUsername", email);
        type(browser, "#vaadinLoginPassword", password);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** All text of an element, through web components' shadow roots (e.g. a login error). */
    public static String deepText(WebDriver browser, String selector) {
        Object text = ((JavascriptExecutor) browser).executeScript("""
                const collect = node => {
                  let text = node.shadowRoot ? collect(node.shadowRoot) : '';
                  for (const child of node.childNodes) {
                    text += child.nodeType === Node.TEXT_NODE ? child.textContent : collect(child);
                  }
                  return text;
                };
                const element = document.querySelector(arguments[0]);
                return element ? collect(element) : '';""", selector);
        return String.valueOf(text);
    }

    public static void screenshot(WebDriver browser, String name) {
        try {
            Path target = Path.of("target/screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
