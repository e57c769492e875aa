package eu.hubtable.core.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * "Something on this topic changed": part of our port to the real-time engine (DESIGN.md §4).
 * Services signal after their transaction committed; views listen and redraw from state the service
 * already holds in memory, so nothing slow runs while a UI is locked. The signal carries no data:
 * the database decided, the topic only announces.
 */
public interface LiveSignals {

    /** Tells every listener of the topic, on every UI, that its state changed. */
    void signal(String topicId);

    /** Runs {@code onChange} in the owner's UI (pushed) for each signal, while the owner is attached. */
    void listen(Component owner, String topicId, Runnable onChange);

    /** Runs {@code onChange} on the engine's threads for each signal, until the registration is removed (no UI needed). */
    Registration listen(String topicId, Runnable onChange);
}
