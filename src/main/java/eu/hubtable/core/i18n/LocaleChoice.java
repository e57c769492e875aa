package eu.hubtable.core.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which language a UI speaks: the one chosen in this session, else the signed-in member's stored
 * language, else the browser's best match. A choice made while signed in is stored on the member.
 */
@Component
public class LocaleChoice implements VaadinServiceInitListener {

    private static final String SESSION_KEY = LocaleChoice.class.getName();

    private final CurrentMember currentMember;
    private final LocalePreference preference;

    LocaleChoice(CurrentMember currentMember, LocalePreference preference) {
        this.currentMember = currentMember;
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().setLocale(resolve(uiInit.getUI().getSession())));
    }

    Locale resolve(VaadinSession session) {
        if (session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        Optional<MemberPrincipal> member = currentMember.find();
        if (member.isPresent()) {
            return SupportedLocales.bestMatch(member.get().locale());
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return SupportedLocales.bestMatch(request != null && request.getLocale() != null ? request.getLocale() : Locale.ENGLISH);
    }

    /** Switches this session's language, remembers it for a signed-in member, and redraws the page. */
    public void choose(UI ui, Locale requested) {
        Locale locale = SupportedLocales.bestMatch(requested);
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        currentMember.find().ifPresent(member -> preference.store(member.memberId(), locale));
        ui.getPage().reload();
    }
}
