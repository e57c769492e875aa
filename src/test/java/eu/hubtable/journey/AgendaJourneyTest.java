package eu.hubtable.journey;


import eu.hubtable.agenda.Agendas;
import eu.hubtable.member.Registration;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import eu.hubtable.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Two co-facilitators in two Chromium browsers edit the same agenda item's title; each sees the other's change. */
class AgendaJourneyTest extends BrowserTest {

    private static final String PASSPHRASE = "lanterns over the Alzette";

    @Autowired
    Organisations organisations;

    @Autowired
    Rooms rooms;

    @Autowired
    Agendas agendas;

    @Test
    void twoFacilitatorsEditOneItemTitleAndSeeEachOther() throws Exception {
        long lea = memberAccounts.register(new Registration("Léa Martin", "lea@example.org", PASSPHRASE, Locale.ENGLISH));
        long tom = memberAccounts.register(new Registration("Tom Weber", "tom@example.org", PASSPHRASE, Locale.ENGLISH));
        long agenda = asAdmin(() -> {
            long hub = organisations.create(new NewOrganisation("Esch Creative Hub", OrganisationKind.HUB, "Esch-sur-Alzette", "LU", null, null));
            organisations.addMember(hub, lea, MembershipRole.MANAGER);
            LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            long room = rooms.create(new RoomForm(hub, "Internationalisation WG", "Internationalisation", null, start,
                    start.plusHours(2), "Europe/Luxembourg", RoomVisibility.MEMBERS, 20, Set.of(lea, tom),
                    List.of(new TableForm("Plenary", null, 20, null))));
            long id = agendas.createForRoom(room, null);
            agendas.addItem(id, "Export barriers", 25);
            return id;
        });

        Path tomsProfile = Files.createTempDirectory("hubtable-chromium-tom-");
        WebDriver toms = openChromium(tomsProfile);
        try {
            openItem(browser, "lea@example.org", agenda);
            openItem(toms, "tom@example.org", agenda);

            retype(browser, "Export barriers in Asia");
            until(toms, () -> titleIn(toms).equals("Export barriers in Asia"));
            retype(toms, "Export barriers in Asia and Africa");
            until(browser, () -> titleIn(browser).equals("Export barriers in Asia and Africa"));
            until(browser, () -> deepText(browser, "#agenda-items").contains("Export barriers in Asia and Africa"));
            screenshot(browser, "agenda-co-editing");
        } finally {
            toms.quit();
            org.springframework.util.FileSystemUtils.deleteRecursively(tomsProfile);
        }
    }

    private void openItem(WebDriver driver, String email, long agenda) {
        driver.get(url("agendas/" + agenda));
        signIn(driver, email, PASSPHRASE);
        waitFor(driver, By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Export barriers']")).click();
        waitFor(driver, By.cssSelector("#item-title input"));
    }

    private static void retype(WebDriver driver, String title) {
        WebElement input = waitFor(driver, By.cssSelector("#item-title input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), title);
        input.sendKeys(Keys.TAB);
    }

    private static String titleIn(WebDriver driver) {
        return waitFor(driver, By.cssSelector("#item-title input")).getDomProperty("value");
    }

    private static void until(WebDriver driver, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException late) {
            screenshot(driver, "agenda-journey-timeout");
            throw late;
        }
    }
}
