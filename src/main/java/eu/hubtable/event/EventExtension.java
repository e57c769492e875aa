package eu.hubtable.event;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of an event's page that another module brings (its agenda), so the event module needs to
 * know none of them. Called on the UI thread when the page opens.
 */
public interface EventExtension {

    Optional<Component> panelFor(EventDetails event);
}
