package eu.hubtable.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import eu.hubtable.core.security.MemberPrincipal;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;

/**
 * A second (third, …) person in a live test. Karibu keeps its mocked Vaadin per thread, so each
 * user lives on a thread of its own with its own session and UI; {@link #call} runs code there.
 * <p>
 * In production one Vaadin service holds one Collaboration Engine that every session shares.
 * Karibu gives each simulated user a service of its own, so this user's service is pointed at the
 * engine of the test thread's service: all users then meet on the same live topics.
 */
public final class LiveUser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final ScheduledExecutorService thread;
    private final MemberPrincipal member;

    private LiveUser(MemberPrincipal member) {
        this.member = member;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "live-user-" + member.memberId()));
    }

    /**
     * An open tab with push receives what the server sends without the user doing anything. Karibu
     * holds each session's lock between round-trips, so this user's thread runs one every 20 ms.
     */
    private void keepTabOpen() {
        thread.scheduleWithFixedDelay(() -> {
            if (UI.getCurrent() != null) {
                MockVaadin.clientRoundtrip(false);
            }
        }, 20, 20, TimeUnit.MILLISECONDS);
    }

    static LiveUser signIn(ApplicationContext spring, MemberPrincipal member) {
        CollaborationEngine sharedEngine = CollaborationEngine.getInstance(VaadinService.getCurrent());
        LiveUser user = new LiveUser(member);
        user.call(() -> {
            MockUsers.setUp(spring);
            VaadinService.getCurrent().getContext().setAttribute(CollaborationEngine.class, sharedEngine);
            MockUsers.signIn(member);
            UI.getCurrent().navigate("");
            return null;
        });
        user.keepTabOpen();
        return user;
    }

    public MemberPrincipal member() {
        return member;
    }

    /** Runs the work as this user, on their thread, with their UI current. */
    public <T> T call(Callable<T> work) {
        try {
            return thread.submit(work).get(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("User " + member.displayName() + " did not answer", e);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits (bounded) until this user's screen satisfies the condition. */
    public void sees(BooleanSupplier condition) {
        run(() -> MockUsers.roundtripUntil(condition, WAIT));
    }

    /** Closes the browser tab: the page detaches, so this user leaves every live topic. */
    @Override
    public void close() {
        try {
            run(MockUsers::tearDown);
        } finally {
            thread.shutdownNow();
        }
    }
}
