package eu.hubtable.core.live;

import com.vaadin.flow.component.Component;
import eu.hubtable.core.security.MemberPrincipal;

/**
 * Who is here, live. Part of our port to the real-time engine (DESIGN.md §4): views ask this for
 * presence and never touch the engine's types, so moving engines means one new adapter.
 */
public interface LivePresence {

    /**
     * Avatars of everyone whose UI shows this topic right now, the member included while the
     * returned component is attached.
     */
    Component avatars(String topicId, MemberPrincipal me);
}
