package eu.hubtable.core.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseDir where the MariaDB binaries are unpacked once (keep it: unpacking takes ~30 s)
 * @param dataDir where the databases live, kept across restarts
 * @param temporary use a fresh throw-away data directory instead (tests: each Spring context gets
 *     its own empty server)
 * @param database the schema the app uses
 */
@ConfigurationProperties("hubtable.embedded-db")
record EmbeddedMariaDbProperties(
        @DefaultValue("data/mariadb/base") Path baseDir,
        @DefaultValue("data/mariadb/data") Path dataDir,
        @DefaultValue("false") boolean temporary,
        @DefaultValue("hubtable") String database) {
}
