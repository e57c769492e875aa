package eu.hubtable.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import eu.hubtable.HubtableApplication;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.DirectoryFilter;
import eu.hubtable.member.DirectoryOrder;
import eu.hubtable.member.MemberCard;
import eu.hubtable.organisation.OrganisationDirectory;
import eu.hubtable.organisation.OrganisationFilter;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.member.MemberDirectory;
import eu.hubtable.support.MockUsers;
import eu.hubtable.member.internal.MemberSearchIndex;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The member directory on 100,000 members and 20,000 organisations generated into MariaDB (the
 * embedded server, or the one named by SPRING_DATASOURCE_URL): search and filter latency, and the
 * work of a first page (count + first 50 rows), measured in the service, as the view calls it.
 */
final class DirectoryBench implements Benchmarks.Bench {

    static final int MEMBERS = 100_000;
    static final int ORGANISATIONS = 20_000;
    private static final int ROUNDS = 40;
    static final String[] WORDS = ("sound design foley mixing animation motion illustration typography ceramics "
            + "weaving scenography lighting photogrammetry scanning documentary editing colour grading game programming "
            + "narrative writing branding copywriting packaging furniture woodwork textile recycling fashion museum "
            + "exhibition heritage theatre dance composition orchestration photography architecture interiors unity unreal "
            + "xr installation coding research strategy partnership tender festival workshop").split(" ");
    static final String[] CITIES = {"Luxembourg", "Esch-sur-Alzette", "Brussels", "Liège", "Lille", "Metz",
        "Amsterdam", "Berlin", "Lisbon", "Barcelona", "Milan", "Vienna"};
    static final String[] COUNTRIES = {"LU", "LU", "BE", "BE", "FR", "FR", "NL", "DE", "PT", "ES", "IT", "AT"};
    static final String[] LANGUAGES = {"en", "fr", "de", "lb", "nl", "it", "es", "pt"};

    @Override
    public List<Figure> run() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HubtableApplication.class)
                .profiles("bench")
                // command-line arguments: they outrank application.properties (default properties would not)
                .run("--hubtable.demo.enabled=false", "--hubtable.embedded-db.temporary=true", "--server.port=0",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long generated = generate(jdbc);
            long indexing = System.nanoTime();
            app.getBean(MemberSearchIndex.class).rebuild();
            double indexMillis = (System.nanoTime() - indexing) / 1_000_000.0;
            MemberDirectory directory = app.getBean(MemberDirectory.class);
            signInAsBenchMember();
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure("directory.generate.rows", generated, "rows"));
            figures.add(new Figure("directory.index-rebuild", indexMillis, "ms"));
            figures.addAll(latency("directory.search-filter", () -> {
                directory.search(new DirectoryFilter("sound", Sector.MUSIC, null, null, null), DirectoryOrder.NAME, false, 0, 50);
                return null;
            }));
            figures.addAll(latency("directory.search-text", () -> {
                directory.search(new DirectoryFilter("photogram", null, null, null, null), DirectoryOrder.NAME, false, 0, 50);
                return null;
            }));
            figures.addAll(latency("directory.filter-country-language", () -> {
                directory.search(new DirectoryFilter(null, null, "BE", null, "nl"), DirectoryOrder.CITY, false, 0, 50);
                return null;
            }));
            figures.addAll(latency("directory.first-page", () -> {
                DirectoryFilter everyone = DirectoryFilter.everyone();
                directory.count(everyone);
                directory.search(everyone, DirectoryOrder.NAME, false, 0, 50);
                return null;
            }));
            figures.addAll(latency("directory.first-page-filtered", () -> {
                DirectoryFilter filter = new DirectoryFilter("design", Sector.DESIGN, "LU", null, null);
                directory.count(filter);
                directory.search(filter, DirectoryOrder.NAME, false, 0, 50);
                return null;
            }));
            figures.addAll(organisations(app.getBean(OrganisationDirectory.class)));
            figures.addAll(viewFirstPage(app));
            return figures;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The organisation directory on 20,000 organisations: MariaDB full-text search and filters. */
    private static List<Figure> organisations(OrganisationDirectory directory) {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(latency("organisations.first-page", () -> {
            directory.count(OrganisationFilter.everyone());
            directory.search(OrganisationFilter.everyone(), OrganisationDirectory.Order.NAME, false, 0, 50);
            return null;
        }));
        figures.addAll(latency("organisations.search-filter", () -> {
            OrganisationFilter filter = new OrganisationFilter("festival", Sector.MUSIC, null, null, null);
            directory.count(filter);
            directory.search(filter, OrganisationDirectory.Order.NAME, false, 0, 50);
            return null;
        }));
        figures.addAll(latency("organisations.kind-country", () -> {
            OrganisationFilter filter = new OrganisationFilter(null, null, OrganisationKind.HUB, "BE", null);
            directory.count(filter);
            directory.search(filter, OrganisationDirectory.Order.CITY, false, 0, 50);
            return null;
        }));
        return figures;
    }

    /**
     * What a member waits for on the server when opening the directory: the view is built, counts,
     * and its grid fetches the first page (Karibu drives the real view; the fetch is asked for once
     * more explicitly, so the figure errs on the slow side).
     */
    private static List<Figure> viewFirstPage(ConfigurableApplicationContext app) {
        MockUsers.setUp(app);
        try {
            MockUsers.signIn(benchMember());
            return measured("directory.view-first-page", () -> {
                UI.getCurrent().navigate("profile");
                long started = System.nanoTime();
                UI.getCurrent().navigate("members");
                MockVaadin.clientRoundtrip(false);
                @SuppressWarnings("unchecked")
                Grid<MemberCard> grid = _get(Grid.class, spec -> spec.withId("member-grid"));
                if (GridKt._fetch(grid, 0, 50).size() != 50) {
                    throw new IllegalStateException("the directory's first page is not full");
                }
                return System.nanoTime() - started;
            });
        } finally {
            MockUsers.tearDown();
        }
    }

    private static List<Figure> latency(String name, Supplier<Void> work) {
        return measured(name, () -> {
            long start = System.nanoTime();
            work.get();
            return System.nanoTime() - start;
        });
    }

    /** Percentiles of a piece of work that times itself (in nanoseconds), after a warm-up. */
    private static List<Figure> measured(String name, LongSupplier timedWork) {
        for (int i = 0; i < 5; i++) {
            timedWork.getAsLong(); // warm-up
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            millis[i] = timedWork.getAsLong() / 1_000_000.0;
        }
        Arrays.sort(millis);
        return List.of(new Figure(name + ".p50", millis[ROUNDS / 2], "ms"),
                new Figure(name + ".p95", millis[(int) Math.ceil(ROUNDS * 0.95) - 1], "ms"));
    }

    static long generate(JdbcTemplate jdbc) {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> members = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            int city = random.nextInt(CITIES.length);
            String skills = words(random, 3);
            members.add(new Object[] {i, "bench" + i + "@bench.hubtable.eu", "{noop}unused", "Member " + i + " " + WORDS[random.nextInt(WORDS.length)],
                words(random, 4), CITIES[city], COUNTRIES[city], skills, words(random, 6), words(random, 6), now, now});
        }
        jdbc.batchUpdate("insert into member (id, email, password_hash, display_name, headline, city, country_code, skills_text, offer, need,"
                + " created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)", members);
        List<Object[]> sectors = new ArrayList<>();
        List<Object[]> languages = new ArrayList<>();
        Sector[] all = Sector.values();
        for (int i = 1; i <= MEMBERS; i++) {
            int first = random.nextInt(all.length);
            sectors.add(new Object[] {i, all[first].name()});
            sectors.add(new Object[] {i, all[(first + 1 + random.nextInt(all.length - 1)) % all.length].name()});
            languages.add(new Object[] {i, "en"});
            languages.add(new Object[] {i, LANGUAGES[1 + random.nextInt(LANGUAGES.length - 1)]});
        }
        jdbc.batchUpdate("insert into member_sector (member_id, sector) values (?,?)", sectors);
        jdbc.batchUpdate("insert into member_language (member_id, language) values (?,?)", languages);
        List<Object[]> organisations = new ArrayList<>();
        for (int i = 1; i <= ORGANISATIONS; i++) {
            int city = random.nextInt(CITIES.length);
            organisations.add(new Object[] {"Organisation " + i, i % 20 == 0 ? "HUB" : "COMPANY", CITIES[city], COUNTRIES[city],
                words(random, 12), now, now});
        }
        jdbc.batchUpdate("insert into organisation (name, kind, city, country_code, description, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?)", organisations);
        List<Object[]> organisationSectors = new ArrayList<>();
        List<Long> organisationIds = jdbc.queryForList("select id from organisation", Long.class);
        for (long id : organisationIds) {
            organisationSectors.add(new Object[] {id, all[random.nextInt(all.length)].name()});
        }
        jdbc.batchUpdate("insert into organisation_sector (organisation_id, sector) values (?,?)", organisationSectors);
        jdbc.execute("analyze table member, member_sector, member_language, organisation, organisation_sector");
        return (long) MEMBERS + sectors.size() + languages.size() + ORGANISATIONS;
    }

    static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static MemberPrincipal benchMember() {
        return new MemberPrincipal(1, "bench1@bench.hubtable.eu", "Bench", Locale.ENGLISH, Set.of(Role.MEMBER), true, null);
    }

    private static void signInAsBenchMember() {
        MemberPrincipal member = benchMember();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
