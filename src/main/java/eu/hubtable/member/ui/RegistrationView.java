package eu.hubtable.member.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.hubtable.core.i18n.LocaleChoice;
import eu.hubtable.core.security.PasswordPolicy;
import eu.hubtable.core.ui.component.LocaleSwitch;
import eu.hubtable.member.MemberAccounts;
import eu.hubtable.member.Registration;
import eu.hubtable.member.RegistrationRejected;
import eu.hubtable.member.RegistrationRejected.Field;
import java.util.Map;

/**
 * Sign-up. The service decides what is valid; this view shows each problem next to its field and
 * keeps everything typed.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final MemberAccounts accounts;

    public RegistrationView(MemberAccounts accounts, LocaleChoice localeChoice) {
        this.accounts = accounts;
        addClassName("auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        displayName.setLabel(getTranslation("register.name"));
        displayName.setId("display-name");
        email.setLabel(getTranslation("register.email"));
        email.setId("email");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("password");
        // The service is the single judge of validity; the browser's own checks would show English text.
        displayName.setManualValidation(true);
        email.setManualValidation(true);
        password.setManualValidation(true);
        Button create = new Button(getTranslation("register.submit"), e -> register());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setId("register");

        Div brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("auth-brand");
        VerticalLayout form = new VerticalLayout(new H2(getTranslation("register.title")), displayName, email, password, create);
        form.setPadding(false);
        form.addClassName("auth-form");
        form.setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        Div card = new Div(brand, form, new Anchor("login", getTranslation("register.have-account")), new LocaleSwitch(localeChoice));
        card.addClassName("auth-card");
        add(card);
    }

    private void register() {
        clearErrors();
        try {
            accounts.register(new Registration(displayName.getValue(), email.getValue(), password.getValue(),
                    getUI().orElseThrow().getLocale()));
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "")));
        } catch (RegistrationRejected rejected) {
            show(rejected.problems());
        }
    }

    private void show(Map<Field, String> problems) {
        problems.forEach((field, key) -> {
            switch (field) {
                case DISPLAY_NAME -> invalid(displayName, key);
                case EMAIL -> invalid(email, key);
                case PASSWORD -> invalid(password, key);
            }
        });
    }

    private void invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {displayName, email, password}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
