package eu.hubtable.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the {@code bench} Maven profile ({@code ./mvnw -Pbench verify}): runs every
 * benchmark, prints each figure as {@code name value unit} and writes them to
 * {@code target/bench/figures.txt}. Feature issues add their benchmarks to {@link #BENCHES}.
 */
public final class Benchmarks {

    interface Bench {
        List<Figure> run() throws Exception;
    }

    private static final List<Bench> BENCHES = List.of(new StartupBench(Path.of("target")), new DirectoryBench(), new RoomBench(),
            new AgendaBench(), new RsvpBench(), new SuggestionBench(), new MeetingSlotBench(), new ConsortiumBench(),
            new ImpactBench());

    private Benchmarks() {
    }

    /** Runs every benchmark, or only those whose class name contains {@code -Dbench.only=...}. */
    public static void main(String[] args) throws Exception {
        List<Figure> figures = new ArrayList<>();
        String only = System.getProperty("bench.only", "");
        for (Bench bench : BENCHES) {
            if (!only.isBlank() && !bench.getClass().getSimpleName().toLowerCase().contains(only.toLowerCase())) {
                continue;
            }
            for (Figure figure : bench.run()) {
                System.out.println(figure);
                figures.add(figure);
            }
        }
        write(figures);
    }

    private static void write(List<Figure> figures) throws IOException {
        Path out = Path.of("target/bench/figures.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, figures.stream().map(Figure::toString).toList());
        System.out.println("figures written to " + out.toAbsolutePath());
    }
}
