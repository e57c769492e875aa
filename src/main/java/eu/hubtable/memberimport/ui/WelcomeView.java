package eu.hubtable.memberimport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.hubtable.core.security.PasswordPolicy;
import eu.hubtable.member.InvitationRefused;
import eu.hubtable.member.Invitations;

/** Where an invited member (imported by their hub) chooses their password, once. */
@Route(value = "welcome", autoLayout = false)
@AnonymousAllowed
public class WelcomeView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Invitations invitations;

    public WelcomeView(Invitations invitations) {
        this.invitations = invitations;
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        Div card = new Div();
        card.addClassName("auth-card");
        add(card);
        invitations.invitee(token).ifPresentOrElse(name -> {
            PasswordField password = new PasswordField(getTranslation("welcome.password"));
            password.setId("welcome-password");
            password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
            password.setWidthFull();
            Button save = new Button(getTranslation("welcome.save"), click -> {
                try {
                    invitations.accept(token, password.getValue());
                    getUI().ifPresent(ui -> ui.getPage().setLocation("login?welcome"));
                } catch (InvitationRefused refused) {
                    password.setErrorMessage(getTranslation(refused.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
                    password.setInvalid(true);
                }
            });
            save.setId("welcome-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(new H1(getTranslation("welcome.title", name)), new Paragraph(getTranslation("welcome.explain")), password, save);
        }, () -> {
            Paragraph invalid = new Paragraph(getTranslation("invitation.invalid"));
            invalid.setId("welcome-invalid");
            card.add(new H1(getTranslation("app.name")), invalid);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
