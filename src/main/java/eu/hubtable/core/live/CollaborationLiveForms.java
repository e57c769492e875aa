package eu.hubtable.core.live;

import com.vaadin.collaborationengine.CollaborationBinder;
import com.vaadin.collaborationengine.CollaborationBinderUtil;
import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.TopicConnectionRegistration;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.HasValue;
import eu.hubtable.core.security.MemberPrincipal;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** {@link LiveForms} on Collaboration Engine's binder. */
@org.springframework.stereotype.Component
class CollaborationLiveForms implements LiveForms {

    private static final UserInfo SYSTEM = new UserInfo("hubtable-system", "hubtable");

    private final CollaborationEngines engines;

    CollaborationLiveForms(CollaborationEngines engines) {
        this.engines = engines;
    }

    @Override
    public <B> LiveForm<B> form(Class<B> beanType, MemberPrincipal me) {
        CollaborationBinder<B> binder = new CollaborationBinder<>(beanType, LiveUsers.of(me));
        // ids travel as text: the engine's JSON mapping knows no Long
        binder.setSerializer(Long.class, String::valueOf, Long::valueOf);
        // a topic nobody has open is forgotten after a while, and re-seeded from the database
        binder.setExpirationTimeout(java.time.Duration.ofMinutes(10));
        return new LiveForm<>() {
            @Override
            public <V> void bind(HasValue<?, V> field, String property) {
                binder.forField(field).bind(property);
            }

            @Override
            public void open(String topicId, Supplier<B> stored) {
                binder.setTopic(topicId, stored::get);
            }
        };
    }

    @Override
    public void publish(String topicId, String property, @Nullable Object value) {
        CollaborationEngine engine = engines.engine();
        if (engine == null) {
            return; // no UI runs in this process: no form shows the value
        }
        // a short-lived connection: items are many, and each publish is one small write
        AtomicReference<TopicConnectionRegistration> registration = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        registration.set(engine.openTopicConnection(engine.getSystemContext(), topicId, SYSTEM, connection -> {
            CollaborationBinderUtil.setFieldValue(connection, property, value);
            done.set(true);
            TopicConnectionRegistration open = registration.get();
            if (open != null) {
                open.remove();
            }
            return null;
        }));
        if (done.get()) {
            registration.get().remove();
        }
    }
}
