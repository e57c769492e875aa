package eu.hubtable.support;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import eu.hubtable.core.security.MemberPrincipal;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Karibu plumbing shared by the single-user base ({@link KaribuTest}) and the multi-user helper
 * ({@link LiveUser}): a mocked Vaadin environment on the calling thread with Spring Security's
 * sign-in state where Vaadin looks for it (the HTTP session and the request's principal).
 */
public final class MockUsers {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("eu.hubtable");
    private static final String CONTEXT_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    static {
        // Every mocked request carries the principal stored in its session, like a real signed-in request.
        MockVaadin.setMockRequestFactory(MockUsers::request);
    }

    private MockUsers() {
    }

    /** Sets up Vaadin on this thread: one session, one UI, nobody signed in. */
    public static void setUp(ApplicationContext spring) {
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, spring, UI::new));
    }

    /**
     * Closes the page, then Vaadin. The UI is closed first and given a few round-trips, so the
     * live engine's leave notices (queued with {@code session.access}, which Karibu runs only in a
     * round-trip) go out while the session still exists: others see this user leave, and the
     * engine does not wait for connections that can no longer close.
     */
    public static void tearDown() {
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = UI.getCurrent();
        if (ui != null) {
            // As Vaadin does with a closed tab: remove the UI from its session, which detaches its
            // components. (Karibu's closeCurrentUI would open a fresh UI, like a reload.)
            ui.close();
            session.removeUI(ui);
            for (int i = 0; i < 10; i++) {
                MockVaadin.runUIQueue(false, session);
                pause();
            }
        }
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs the member in on this thread's mocked session, as a form login would. */
    public static void signIn(MemberPrincipal member) {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession().setAttribute(CONTEXT_KEY, context);
        withPrincipal((FakeRequest) VaadinServletRequest.getCurrent().getRequest(), authentication);
    }

    /**
     * Runs server round-trips until the condition holds: live updates from other users arrive
     * asynchronously (the engine's own executor, then {@code UI.access}), so one round-trip is racy.
     */
    public static void roundtripUntil(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            MockVaadin.clientRoundtrip(false);
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout.toMillis() + " ms");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }

    private static FakeRequest request(FakeHttpSession session) {
        FakeRequest request = new FakeRequest(session);
        if (session.getAttribute(CONTEXT_KEY) instanceof SecurityContext context && context.getAuthentication() != null) {
            withPrincipal(request, context.getAuthentication());
        }
        return request;
    }

    private static void withPrincipal(FakeRequest request, Authentication authentication) {
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }
}
