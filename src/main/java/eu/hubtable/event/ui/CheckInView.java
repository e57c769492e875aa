package eu.hubtable.event.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.hubtable.event.CheckIns;
import eu.hubtable.event.EventDetails;
import eu.hubtable.event.EventRefused;
import eu.hubtable.event.Events;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The door of an event, for its host's managers: type the code under a ticket's QR code, or upload a
 * photo of it; each check-in (or why not) shows at once.
 */
@Route("events/:eventId/check-in")
@PermitAll
public class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Events events;
    private final CheckIns checkIns;
    private final TextField code = new TextField();
    private final Paragraph result = new Paragraph();
    private long eventId;

    public CheckInView(Events events, CheckIns checkIns) {
        this.events = events;
        this.checkIns = checkIns;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = event.getRouteParameters().getLong("eventId").orElseThrow(NotFoundException::new);
        EventDetails details;
        try {
            details = events.details(eventId);
        } catch (EventRefused missing) {
            throw new NotFoundException();
        }
        if (!details.hosting()) {
            throw new NotFoundException();
        }
        removeAll();
        code.setLabel(getTranslation("checkin.code"));
        code.setId("checkin-code");
        code.setAutofocus(true);
        Button check = new Button(getTranslation("checkin.check"), click -> checkIn(code.getValue()));
        check.setId("checkin-submit");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER).listenOn(code);
        Upload photo = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            Optional<String> read = CheckIns.readCode(bytes);
            if (read.isPresent()) {
                checkIn(read.get());
            } else {
                show(false, getTranslation("checkin.photo.unreadable"));
            }
        }))));
        photo.setId("checkin-photo");
        photo.setAcceptedFileTypes("image/*");
        photo.setMaxFileSize(CheckIns.MAX_PHOTO_BYTES);
        photo.setMaxFiles(1);
        photo.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("checkin.photo")));
        photo.addSucceededListener(done -> photo.clearFileList());
        result.setId("checkin-result");
        Div form = new Div(code, check);
        form.addClassName("inline-form");
        add(new H1(getTranslation("checkin.title", details.title())), new Anchor("events/" + eventId, getTranslation("checkin.back")),
                form, photo, result);
    }

    private void checkIn(String typed) {
        try {
            String name = checkIns.checkIn(eventId, typed);
            show(true, getTranslation("checkin.welcome", name));
            code.clear();
        } catch (EventRefused refused) {
            show(false, getTranslation(refused.messageKey()));
        }
        code.focus();
    }

    private void show(boolean ok, String message) {
        result.setText(message);
        result.removeClassNames("notice-ok", "notice-error");
        result.addClassNames("notice", ok ? "notice-ok" : "notice-error");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.heading") + " · " + getTranslation("app.name");
    }
}
