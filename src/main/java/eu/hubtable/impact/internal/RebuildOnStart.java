package eu.hubtable.impact.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The rebuild command for operators: start the application with {@code --hubtable.impact.rebuild=true}
 * and every daily rollup is recomputed from the event history before it serves anyone.
 */
@Component
@ConditionalOnProperty(name = "hubtable.impact.rebuild", havingValue = "true")
class RebuildOnStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildOnStart.class);

    private final Rollups rollups;

    RebuildOnStart(Rollups rollups) {
        this.rollups = rollups;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        rollups.rebuild();
        LOG.info("Impact rollups rebuilt from the event history in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
