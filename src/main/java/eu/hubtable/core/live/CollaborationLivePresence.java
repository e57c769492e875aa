package eu.hubtable.core.live;

import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import eu.hubtable.core.security.MemberPrincipal;

/** {@link LivePresence} on Vaadin Collaboration Engine (Collaboration Kit). */
@org.springframework.stereotype.Component
class CollaborationLivePresence implements LivePresence {

    @Override
    public Component avatars(String topicId, MemberPrincipal me) {
        CollaborationAvatarGroup group = new CollaborationAvatarGroup(LiveUsers.of(me), topicId);
        group.setMaxItemsVisible(12);
        group.addClassName("live-presence");
        return group;
    }
}
