package eu.hubtable.core;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Push for the whole app (live presence, chat, co-editing). Styles are plain CSS served as static
 * resources, so neither dev mode nor the production build needs a frontend bundle rebuild.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#1f3a5f")
@PWA(name = "hubtable", shortName = "hubtable", offline = false)
public class AppShell implements AppShellConfigurator {
}
