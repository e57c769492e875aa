package eu.hubtable.core.live;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the engine from any thread (services announce from request threads and from background
 * work alike), and lets the adapters close their own connections before the engine stops: it waits
 * for open connections when the Vaadin service is destroyed.
 */
@org.springframework.stereotype.Component
class CollaborationEngines implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(CollaborationEngines.class);

    private final List<Runnable> beforeStop = new CopyOnWriteArrayList<>();
    private volatile @Nullable VaadinService service;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
        event.getSource().addServiceDestroyListener(destroyed -> beforeStop.forEach(Runnable::run));
    }

    void beforeStop(Runnable work) {
        beforeStop.add(work);
    }

    /** The engine, or none where no Vaadin service runs in this process (service tests, benchmarks). */
    @Nullable CollaborationEngine engine() {
        VaadinService current = VaadinService.getCurrent();
        VaadinService known = current != null ? current : service;
        if (known == null) {
            return null;
        }
        try {
            return CollaborationEngine.getInstance(known);
        } catch (RuntimeException e) {
            log.debug("No collaboration engine for {}", known, e);
            return null;
        }
    }
}
