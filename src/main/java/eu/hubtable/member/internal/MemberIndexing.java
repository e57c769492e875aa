package eu.hubtable.member.internal;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import eu.hubtable.member.MembersChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the search index in step with member rows written through JPA: the members a transaction
 * wrote are re-read once it has committed (never before: a rolled-back edit must not be findable),
 * all together, so an import of thousands costs one pass, not thousands.
 */
@Component
public class MemberIndexing {

    private static final Logger log = LoggerFactory.getLogger(MemberIndexing.class);
    private static final Object PENDING = new Object();

    private final ObjectProvider<MemberSearchIndex> index;
    private final ApplicationEventPublisher events;

    MemberIndexing(ObjectProvider<MemberSearchIndex> index, ApplicationEventPublisher events) {
        this.index = index;
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    void written(Member member) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reindex(Set.of(member.getId()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<Long> ids = new HashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                    if (status == STATUS_COMMITTED) {
                        reindex(ids);
                    }
                }
            });
            pending = ids;
        }
        pending.add(member.getId());
    }

    private void reindex(Set<Long> ids) {
        try {
            index.getObject().reindex(ids);
            events.publishEvent(new MembersChanged(ids));
        } catch (RuntimeException e) {
            // the change is committed; the indexes' periodic catch-up picks it up
            log.warn("Could not re-index members {} after commit", ids, e);
        }
    }
}
