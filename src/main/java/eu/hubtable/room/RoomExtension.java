package eu.hubtable.room;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a room's page that another module brings (the agenda, later an event's details), so
 * the room module needs to know none of them. Called on the UI thread when the page opens.
 */
public interface RoomExtension {

    Optional<Component> panelFor(RoomDetails room);
}
