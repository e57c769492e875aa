package eu.hubtable.journey;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Two members in two Chromium browsers meet in a live room: one takes a seat and writes, the other sees it. */
class RoomJourneyTest extends BrowserTest {

    private static final String PASSPHRASE = "lanterns over the Alzette";

    @Autowired
    Organisations organisations;

    @Autowired
    Rooms rooms;

    @Test
    void aSeatAndAChatMessageReachTheOtherBrowserLive() throws Exception {
        long lea = memberAccounts.register(new Registration("Léa Martin", "lea@example.org", PASSPHRASE, Locale.ENGLISH));
        memberAccounts.register(new Registration("Tom Weber", "tom@example.org", PASSPHRASE, Locale.ENGLISH));
        long room = asAdmin(() -> {
            long hub = organisations.create(new NewOrganisation("Esch Creative Hub", OrganisationKind.HUB, "Esch-sur-Alzette", "LU", null, null));
            organisations.addMember(hub, lea, MembershipRole.MANAGER);
            LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            long id = rooms.create(new RoomForm(hub, "Going international", "Internationalisation", null, start, start.plusHours(2),
                    "Europe/Luxembourg", RoomVisibility.MEMBERS, 20, Set.of(lea), List.of(new TableForm("Export", null, 4, null))));
            rooms.open(id);
            return id;
        });

        Path tomsProfile = Files.createTempDirectory("hubtable-chromium-tom-");
        WebDriver toms = openChromium(tomsProfile);
        try {
            browser.get(url("rooms/" + room));
            signIn(browser, "lea@example.org", PASSPHRASE);
            waitFor(By.id("room-chat"));
            toms.get(url("rooms/" + room));
            signIn(toms, "tom@example.org", PASSPHRASE);
            waitFor(toms, By.id("room-chat"));

            waitFor(toms, By.cssSelector(".round-table .join-table")).click();
            until(browser, () -> deepText(browser, "#round-tables").contains("Tom Weber"));
            assertThat(deepText(browser, "#round-tables")).contains("3 of 4 seats left");

            var input = waitFor(browser, By.cssSelector("#room-chat .chat-input input"));
            input.sendKeys("See you all at the Esch meetup <3", Keys.ENTER);
            until(toms, () -> deepText(toms, "#room-chat").contains("See you all at the Esch meetup <3"));
            screenshot(toms, "room-chat");
        } finally {
            toms.quit();
            org.springframework.util.FileSystemUtils.deleteRecursively(tomsProfile);
        }
    }

    private static void until(WebDriver browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }
}
