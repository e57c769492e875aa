package eu.hubtable.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the production jar as a newcomer would (no database configured: embedded MariaDB, demo
 * content) and measures the time until the sign-in page is served: first start in an empty
 * directory (MariaDB binaries unpacked, database created, migrated and seeded), then a restart
 * that reuses it. Also the jar's size.
 */
final class StartupBench implements Benchmarks.Bench {

    private final Path target;

    StartupBench(Path target) {
        this.target = target;
    }

    @Override
    public List<Figure> run() throws Exception {
        Path jar = productionJar();
        Path work = target.resolve("bench/startup-work");
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        double cold = timeToFirstPage(jar, work);
        double warm = timeToFirstPage(jar, work);
        return List.of(
                new Figure("startup.first-run.first-page", cold, "ms"),
                new Figure("startup.restart.first-page", warm, "ms"),
                new Figure("jar.size", Files.size(jar) / 1024.0 / 1024.0, "MiB"));
    }

    private Path productionJar() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("hubtable-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No production jar in target/: run the bench profile with verify"));
        }
    }

    private static double timeToFirstPage(Path jar, Path work) throws Exception {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("app-" + port + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_DATASOURCE"));
        long started = System.nanoTime();
        Process app = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
            long deadline = started + TimeUnit.MINUTES.toNanos(4);
            while (System.nanoTime() < deadline && app.isAlive()) {
                try {
                    if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - started) / 1_000_000.0;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("App did not serve /login; see " + work);
        } finally {
            app.destroy(); // SIGTERM: the app stops its embedded MariaDB cleanly
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
