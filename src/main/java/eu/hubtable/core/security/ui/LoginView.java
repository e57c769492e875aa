package eu.hubtable.core.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.hubtable.core.i18n.LocaleChoice;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.LoginThrottledException;
import eu.hubtable.core.ui.component.LocaleSwitch;
import org.springframework.security.web.WebAttributes;

/** Sign-in page. Spring Security handles the form post; this view only explains the outcome. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentMember currentMember;

    public LoginView(CurrentMember currentMember, LocaleChoice localeChoice) {
        this.currentMember = currentMember;
        addClassName("auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(0));

        Div brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("auth-brand");
        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.setId("register-link");
        Div card = new Div(brand, form, register, new LocaleSwitch(localeChoice));
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentMember.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            long wait = throttledSeconds();
            form.setI18n(i18n(wait));
            form.setError(true);
        }
        if (parameters.containsKey("erased")) {
            Paragraph erased = new Paragraph(getTranslation("erase.done"));
            erased.setId("erased-notice");
            erased.addClassName("notice");
            addComponentAsFirst(erased);
        }
        if (parameters.containsKey("welcome")) {
            Notification.show(getTranslation("welcome.done"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        }
        if (parameters.containsKey("registered")) {
            Notification.show(getTranslation("register.done"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        }
    }

    /** Seconds left when the last failure was a throttled attempt, else 0. */
    private static long throttledSeconds() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return last instanceof LoginThrottledException throttled ? throttled.waitSeconds() : 0;
    }

    private LoginI18n i18n(long throttledSeconds) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttledSeconds > 0 ? "login.throttled.title" : "login.failed.title"));
        error.setMessage(throttledSeconds > 0
                ? getTranslation("login.throttled.message", throttledSeconds)
                : getTranslation("login.failed.message"));
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
