package eu.hubtable.core.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Knows the HTTP sessions each member has open, so that logout and account erasure can end all of
 * them, not only the one the click came from. A session is registered when one of its UIs opens
 * for a signed-in member and forgotten when Vaadin destroys it.
 */
@Component
public class MemberSessions implements VaadinServiceInitListener {

    private final Map<Long, Set<WrappedSession>> sessionsByMember = new ConcurrentHashMap<>();
    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Registered on every navigation too: a UI opened before sign-in belongs to the member after it.
        event.getSource().addUIInitListener(uiInit -> {
            register(uiInit.getUI());
            uiInit.getUI().addBeforeEnterListener(enter -> register(enter.getUI()));
        });
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession session = destroyed.getSession().getSession();
            if (session != null) {
                sessionsByMember.values().forEach(sessions -> sessions.remove(session));
            }
        });
    }

    private void register(UI ui) {
        MemberPrincipal.fromSecurityContext().ifPresent(member -> sessionsByMember
                .computeIfAbsent(member.memberId(), id -> ConcurrentHashMap.newKeySet())
                .add(ui.getSession().getSession()));
    }

    /** Ends every open session of the member (other browsers and devices included). */
    public void endAll(long memberId) {
        Set<WrappedSession> sessions = sessionsByMember.remove(memberId);
        if (sessions == null) {
            return;
        }
        for (WrappedSession session : sessions) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // ended meanwhile by timeout or another logout: nothing left to do
            }
        }
    }

    public int openSessions(long memberId) {
        return sessionsByMember.getOrDefault(memberId, Set.of()).size();
    }
}
