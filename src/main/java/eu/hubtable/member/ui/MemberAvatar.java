package eu.hubtable.member.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.hubtable.member.Avatars;
import java.io.ByteArrayInputStream;

/** A member's picture, or their initials. The picture is fetched by the browser, per avatar, only when shown. */
final class MemberAvatar {

    private MemberAvatar() {
    }

    static Avatar of(Avatars avatars, long memberId, String name, boolean hasPicture) {
        Avatar avatar = new Avatar(name);
        if (hasPicture) {
            avatar.setImageHandler(DownloadHandler.fromInputStream(event -> avatars.of(memberId)
                    .map(jpeg -> new DownloadResponse(new ByteArrayInputStream(jpeg), "avatar-" + memberId + ".jpg", "image/jpeg", jpeg.length))
                    .orElseGet(() -> DownloadResponse.error(404))).inline());
        }
        return avatar;
    }
}
