package eu.hubtable;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature modules only use each other's public API, and never in a cycle. */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(HubtableApplication.class).verify();
    }
}
