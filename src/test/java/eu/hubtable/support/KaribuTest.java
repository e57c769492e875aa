package eu.hubtable.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import eu.hubtable.core.security.MemberPrincipal;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Browserless UI tests: a mocked Vaadin session on the test thread, on the real database. */
public abstract class KaribuTest extends ServiceTest {

    @Autowired
    private ApplicationContext spring;

    @BeforeEach
    void setUpVaadin() {
        MockUsers.setUp(spring);
    }

    @AfterEach
    void tearDownVaadin() {
        MockUsers.tearDown();
    }

    /** Signs the member in and opens the home page, as the browser does after a sign-in. */
    protected void login(MemberPrincipal member) {
        MockUsers.signIn(member);
        UI.getCurrent().navigate("");
    }

    /** Opens a location as typed in the address bar, query parameters included. */
    protected void navigate(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    protected String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    protected static void roundtripUntil(BooleanSupplier condition) {
        MockUsers.roundtripUntil(condition, Duration.ofSeconds(5));
    }

    /** Another person using the app at the same time, with their own session and UI. */
    protected LiveUser anotherUser(MemberPrincipal member) {
        return LiveUser.signIn(spring, member);
    }
}
