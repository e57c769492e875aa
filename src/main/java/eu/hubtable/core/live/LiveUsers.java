package eu.hubtable.core.live;

import com.vaadin.collaborationengine.UserInfo;
import eu.hubtable.core.security.MemberPrincipal;

/** The engine's view of a member: stable id, display name, and a stable colour. */
final class LiveUsers {

    private LiveUsers() {
    }

    static UserInfo of(MemberPrincipal member) {
        UserInfo user = new UserInfo(Long.toString(member.memberId()), member.displayName());
        user.setColorIndex((int) (member.memberId() % 7));
        return user;
    }
}
