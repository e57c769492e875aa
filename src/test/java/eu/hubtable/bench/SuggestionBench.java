package eu.hubtable.bench;

import eu.hubtable.HubtableApplication;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.Matches;
import eu.hubtable.matching.Suggestions;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Suggestions for one member among 100,000 members (3 skills each, from a vocabulary of about 60,
 * so a need word matches thousands of people), 20,000 organisations and 50,000 posts (90% live,
 * two tags each), and 20 contacts per measured member. Each of 100 rounds (after 30 warm-up rounds) asks for a different member's
 * suggestions (people, organisations and posts, with reasons), as the "For you" page does.
 */
final class SuggestionBench implements Benchmarks.Bench {

    private static final int POSTS = 50_000;
    private static final int ROUNDS = 100;
    private static final int WARM_UP = 30;

    @Override
    public List<Figure> run() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HubtableApplication.class)
                .profiles("bench")
                .run("--hubtable.demo.enabled=false", "--hubtable.embedded-db.temporary=true", "--server.port=0",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long rows = DirectoryBench.generate(jdbc);
            rows += generate(jdbc);
            Matches matches = app.getBean(Matches.class);
            double[] millis = new double[ROUNDS];
            long found = 0;
            long withComplement = 0;
            for (int round = -WARM_UP; round < ROUNDS; round++) {
                signIn(asker(round + WARM_UP));
                long start = System.nanoTime();
                Suggestions suggestions = matches.forMe();
                long elapsed = System.nanoTime() - start;
                if (round >= 0) {
                    millis[round] = elapsed / 1_000_000.0;
                    found += suggestions.people().size() + suggestions.organisations().size() + suggestions.posts().size();
                    withComplement += suggestions.people().stream().filter(s -> s.reasons().getFirst().kind().name().startsWith("THEY_"))
                            .count();
                }
            }
            Arrays.sort(millis);
            return List.of(new Figure("suggestions.generate.rows", rows, "rows"),
                    new Figure("suggestions.for-me.p50", millis[ROUNDS / 2], "ms"),
                    new Figure("suggestions.for-me.p95", millis[(int) Math.ceil(ROUNDS * 0.95) - 1], "ms"),
                    new Figure("suggestions.for-me.max", millis[ROUNDS - 1], "ms"),
                    new Figure("suggestions.per-member", (double) found / ROUNDS, "suggestions"),
                    new Figure("suggestions.people-with-complement", (double) withComplement / ROUNDS, "people"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static long generate(JdbcTemplate jdbc) {
        Random random = new Random(7);
        String[] vocabulary = DirectoryBench.WORDS;
        List<Object[]> skills = new ArrayList<>();
        for (int member = 1; member <= DirectoryBench.MEMBERS; member++) {
            Set<String> mine = new HashSet<>();
            while (mine.size() < 3) {
                mine.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            for (String skill : mine) {
                skills.add(new Object[] {member, skill});
            }
        }
        jdbc.batchUpdate("insert into member_skill (member_id, skill) values (?,?)", skills);
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now();
        String[] kinds = {"SKILL_OR_SERVICE", "TENDER_PARTNER", "SPACE_OR_EQUIPMENT", "CO_PRODUCTION", "FUNDING_LEAD"};
        List<Object[]> posts = new ArrayList<>();
        for (int i = 1; i <= POSTS; i++) {
            int city = random.nextInt(DirectoryBench.CITIES.length);
            posts.add(new Object[] {i, 1 + random.nextInt(DirectoryBench.MEMBERS), random.nextBoolean() ? "OFFER" : "NEED",
                kinds[random.nextInt(kinds.length)], DirectoryBench.words(random, 5), DirectoryBench.words(random, 30),
                DirectoryBench.CITIES[city], DirectoryBench.COUNTRIES[city],
                DirectoryBench.LANGUAGES[random.nextInt(DirectoryBench.LANGUAGES.length)],
                Date.valueOf(random.nextInt(10) == 0 ? today.minusDays(1 + random.nextInt(60)) : today.plusDays(1 + random.nextInt(180))),
                now, now});
        }
        jdbc.batchUpdate("insert into post (id, author_id, direction, kind, title, body, city, country_code, language, expires_on,"
                + " created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)", posts);
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> sectors = new ArrayList<>();
        Sector[] all = Sector.values();
        for (int i = 1; i <= POSTS; i++) {
            String first = vocabulary[random.nextInt(vocabulary.length)];
            String second = vocabulary[random.nextInt(vocabulary.length)];
            tags.add(new Object[] {i, first});
            if (!second.equals(first)) {
                tags.add(new Object[] {i, second});
            }
            sectors.add(new Object[] {i, all[random.nextInt(all.length)].name()});
        }
        jdbc.batchUpdate("insert into post_tag (post_id, tag) values (?,?)", tags);
        jdbc.batchUpdate("insert into post_sector (post_id, sector) values (?,?)", sectors);
        List<Object[]> contacts = new ArrayList<>();
        for (int round = 0; round < ROUNDS + WARM_UP; round++) {
            long member = asker(round);
            for (int other = 1; other <= 20; other++) {
                contacts.add(new Object[] {member, (member + other * 31) % DirectoryBench.MEMBERS + 1, now});
            }
        }
        jdbc.batchUpdate("insert ignore into contact_request (requester_id, recipient_id, status, created_at) values (?,?,'ACCEPTED',?)",
                contacts);
        jdbc.execute("analyze table member_skill, post, post_tag, post_sector, contact_request");
        return (long) skills.size() + posts.size() + tags.size() + sectors.size() + contacts.size();
    }

    /** A different member for each round, spread over the whole membership. */
    private static long asker(int round) {
        return 1 + (round * 997L) % DirectoryBench.MEMBERS;
    }

    private static void signIn(long memberId) {
        MemberPrincipal member = new MemberPrincipal(memberId, "bench" + memberId + "@bench.hubtable.eu", "Bench", Locale.ENGLISH,
                Set.of(Role.MEMBER), true, null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
