package eu.hubtable.core.live;

import com.vaadin.flow.component.HasValue;
import eu.hubtable.core.security.MemberPrincipal;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Forms edited by several people at once: part of our port to the real-time engine (DESIGN.md §4).
 * Every form on a topic shows the same values, and each field shows who is editing it. The topic
 * only carries the live values; when a service refuses a change that a form already showed, it
 * {@link #publish publishes} the stored value, so the forms come back to the database's truth.
 * Values nobody has open expire and are seeded from the database again.
 */
public interface LiveForms {

    <B> LiveForm<B> form(Class<B> beanType, MemberPrincipal me);

    /** Shows {@code value} in the property's field of every form on the topic, wherever it was set from. */
    void publish(String topicId, String property, @Nullable Object value);

    /** One person's view of a live form. */
    interface LiveForm<B> {

        /** Binds a field to a bean property by name; the property's type must match the field's value type. */
        <V> void bind(HasValue<?, V> field, String property);

        /**
         * Joins the topic. The first form to join after a restart seeds the topic with {@code stored}
         * (read from the database); later ones show the live values.
         */
        void open(String topicId, Supplier<B> stored);
    }
}
