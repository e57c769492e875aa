package eu.hubtable.member.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.hubtable.member.AvatarRejected;
import eu.hubtable.member.Avatars;
import java.io.IOException;
import java.io.InputStream;

/**
 * My picture on my profile page: shows it, takes a new one, removes it. The server reads at most
 * the allowed size, whatever the browser claims, and the service decides what is an image.
 */
class AvatarField extends Div {

    private final Avatars avatars;
    private final long memberId;
    private final String name;
    private final Div preview = new Div();
    private final Span error = new Span();

    AvatarField(Avatars avatars, long memberId, String name) {
        this.avatars = avatars;
        this.memberId = memberId;
        this.name = name;
        setId("avatar-field");
        addClassName("avatar-field");
        Upload upload = new Upload();
        UploadHandler handler = event -> {
            byte[] bytes = readAtMost(event.getInputStream(), Avatars.MAX_BYTES + 1);
            event.getUI().access(() -> {
                upload.clearFileList(); // another picture can be chosen right away
                replace(bytes);
            });
        };
        upload.setUploadHandler(handler);
        upload.setId("avatar-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Avatars.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/gif", ".jpg", ".jpeg", ".png", ".gif");
        upload.setDropAllowed(true);
        Button remove = new Button(getTranslation("avatar.remove"), click -> {
            avatars.removeMine();
            show();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setId("avatar-remove");
        error.addClassName("field-error");
        error.setId("avatar-error");
        Span help = new Span(getTranslation("avatar.help"));
        help.addClassName("muted");
        add(preview, new Div(upload, help, error), remove);
        show();
    }

    private void replace(byte[] bytes) {
        try {
            avatars.replaceMine(bytes);
            error.setText("");
        } catch (AvatarRejected rejected) {
            error.setText(getTranslation(rejected.messageKey(), Avatars.MAX_BYTES / (1024 * 1024)));
        }
        show();
    }

    private void show() {
        preview.removeAll();
        Avatar avatar = MemberAvatar.of(avatars, memberId, name, avatars.of(memberId).isPresent());
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        avatar.setId("my-avatar");
        preview.add(avatar);
    }

    private static byte[] readAtMost(InputStream in, int limit) {
        try (in) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
