package eu.hubtable.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An unexpected error in a click handler shows a translated message instead of a stack trace; the
 * details go to the log. Access refused by a service method gets its own plain message.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            boolean denied = hasCause(cause, AccessDeniedException.class);
            if (!denied) {
                log.error("Unexpected error in the UI", cause);
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notification.show(ui.getTranslation(denied ? "error.denied" : "error.unexpected"), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR));
            }
        }));
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
