package eu.hubtable.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.hubtable.core.security.ui.LoginView;
import eu.hubtable.support.KaribuTest;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every page declares who may see it, and anonymous visitors of a protected page land on sign-in. */
class RouteAccessTest extends KaribuTest {

    @Test
    void everyRouteDeclaresItsAccess() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).extracting(RouteData::getTemplate).contains("", "login", "register");
        for (RouteData route : routes) {
            Class<?> view = route.getNavigationTarget();
            assertThat(view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                    .as("%s (/%s) declares its access", view.getSimpleName(), route.getTemplate())
                    .isTrue();
        }
    }

    @Test
    void anonymousVisitorsOfProtectedPagesAreSentToSignIn() {
        List<RouteData> protectedRoutes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .filter(route -> !route.getTemplate().contains(":"))
                .toList();
        assertThat(protectedRoutes).isNotEmpty();
        for (RouteData route : protectedRoutes) {
            UI.getCurrent().navigate(route.getTemplate());
            assertThat(UI.getCurrent().getCurrentView())
                    .as("anonymous visit of /%s", route.getTemplate())
                    .isInstanceOf(LoginView.class);
        }
    }

    @Test
    void anonymousVisitorsReachSignInAndSignUp() {
        navigate("register");
        assertThat(currentPath()).isEqualTo("register");
        navigate("login");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
