package eu.hubtable.core.db;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseDir where the MariaDB binaries are unpacked once (keep it: unpacking takes ~15 s)
 * @param dataDir where the databases live; unset means a throw-away directory (tests)
 * @param database the schema the app uses
 */
@ConfigurationProperties("hubtable.embedded-db")
record EmbeddedMariaDbProperties(
        @DefaultValue("data/mariadb/base") Path baseDir,
        @Nullable Path dataDir,
        @DefaultValue("hubtable") String database) {
}
