package eu.hubtable.core.live;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.TopicConnectionRegistration;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LiveSignals} on Collaboration Engine: one map entry per topic, rewritten with a fresh value
 * on every signal. Services signal through one system connection per topic, kept open (topics are
 * rooms and agendas: few); views subscribe through a connection bound to their component.
 */
@org.springframework.stereotype.Component
class CollaborationLiveSignals implements LiveSignals {

    private static final String MAP = "signals";
    private static final String KEY = "changed";
    private static final UserInfo SYSTEM = new UserInfo("hubtable-system", "hubtable");

    private final Map<String, CompletableFuture<CollaborationMap>> systemMaps = new ConcurrentHashMap<>();
    private final Map<String, TopicConnectionRegistration> systemConnections = new ConcurrentHashMap<>();
    private final CollaborationEngines engines;

    CollaborationLiveSignals(CollaborationEngines engines) {
        this.engines = engines;
        engines.beforeStop(this::closeSystemConnections);
    }

    private void closeSystemConnections() {
        systemConnections.values().forEach(TopicConnectionRegistration::remove);
        systemConnections.clear();
        systemMaps.clear();
    }

    @Override
    public void signal(String topicId) {
        CollaborationEngine engine = engines.engine();
        if (engine == null) {
            return; // no UI runs in this process (service tests, benchmarks): nobody to tell
        }
        systemMaps.computeIfAbsent(topicId, topic -> {
            CompletableFuture<CollaborationMap> map = new CompletableFuture<>();
            systemConnections.put(topic, engine.openTopicConnection(engine.getSystemContext(), topic, SYSTEM, connection -> {
                map.complete(connection.getNamedMap(MAP));
                return null;
            }));
            return map;
        }).thenAccept(map -> map.put(KEY, UUID.randomUUID().toString()));
    }

    @Override
    public void listen(Component owner, String topicId, Runnable onChange) {
        UserInfo listener = new UserInfo("listener-" + UUID.randomUUID());
        CollaborationEngine.getInstance().openTopicConnection(owner, topicId, listener,
                connection -> connection.getNamedMap(MAP).subscribe(event -> onChange.run()));
    }

    @Override
    public Registration listen(String topicId, Runnable onChange) {
        CollaborationEngine engine = engines.engine();
        if (engine == null) {
            throw new IllegalStateException("No collaboration engine: Vaadin has not started in this process");
        }
        return engine.openTopicConnection(engine.getSystemContext(), topicId, new UserInfo("listener-" + UUID.randomUUID()),
                connection -> connection.getNamedMap(MAP).subscribe(event -> onChange.run()));
    }
}
