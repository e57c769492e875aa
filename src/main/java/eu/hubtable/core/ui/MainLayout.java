package eu.hubtable.core.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.hubtable.core.i18n.LocaleChoice;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.ui.component.LocaleSwitch;

/**
 * The frame around every signed-in page: navigation built from the views' {@code @Menu}
 * annotations (their titles are i18n keys, and only views the member may open are listed), and a
 * header with the member, the language switch and sign-out.
 */
@Layout
@AnonymousAllowed // the layout itself shows nothing private; each view declares its own access
public class MainLayout extends AppLayout {

    public MainLayout(CurrentMember currentMember, LocaleChoice localeChoice) {
        addClassName("main-layout");
        setPrimarySection(Section.NAVBAR);
        addToNavbar(new DrawerToggle(), brand(), memberBar(currentMember, localeChoice));
        addToDrawer(navigation());
    }

    private Div brand() {
        Span mark = new Span("h");
        mark.addClassName("brand-mark");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Div brand = new Div(mark, name);
        brand.addClassName("brand");
        return brand;
    }

    private Div memberBar(CurrentMember currentMember, LocaleChoice localeChoice) {
        Div bar = new Div(new LocaleSwitch(localeChoice));
        bar.addClassName("member-bar");
        currentMember.find().ifPresent(member -> {
            bar.add(avatar(member));
            Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> currentMember.logout());
            logout.addThemeVariants(ButtonVariant.TERTIARY);
            logout.setId("logout");
            logout.setAriaLabel(getTranslation("nav.logout"));
            bar.add(logout);
        });
        return bar;
    }

    private static Div avatar(MemberPrincipal member) {
        Avatar avatar = new Avatar(member.displayName());
        avatar.setColorIndex((int) (member.memberId() % 7));
        Span name = new Span(member.displayName());
        name.addClassName("member-name");
        Div who = new Div(avatar, name);
        who.addClassName("member-who");
        return who;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2); // "collection:name", e.g. "vaadin:home"
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
