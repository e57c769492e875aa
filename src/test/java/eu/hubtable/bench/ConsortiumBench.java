package eu.hubtable.bench;

import eu.hubtable.HubtableApplication;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.RoleCandidate;
import eu.hubtable.matching.Consortia;
import eu.hubtable.matching.TenderForm;
import eu.hubtable.matching.TenderRoleForm;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Candidates for a tender role among 100,000 members (2 sectors and 3 skills each), 20,000
 * organisations, 5,000 live offers and the lead's 200 contacts, generated into the embedded MariaDB:
 * the statement the card runs per open role (sum of rule points, best 10 with their reasons), for a
 * role with two sectors and two skills (about 30,000 matching rows), and the whole card read.
 */
final class ConsortiumBench implements Benchmarks.Bench {

    private static final int MEMBERS = 100_000;
    private static final int ORGANISATIONS = 20_000;
    private static final int POSTS = 5_000;
    private static final int CONTACTS = 200;
    private static final int ROUNDS = 40;
    private static final String[] SKILLS = ("sound design foley mixing animation motion illustration typography ceramics weaving "
            + "scenography lighting photogrammetry scanning documentary editing grading programming narrative writing branding "
            + "copywriting packaging furniture woodwork textile museum exhibition theatre dance composition photography unity "
            + "unreal xr installation coding research strategy").split(" ");

    @Override
    public List<Figure> run() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HubtableApplication.class)
                .profiles("bench")
                .run("--hubtable.demo.enabled=false", "--hubtable.embedded-db.temporary=true", "--server.port=0",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            generate(jdbc);
            Consortia consortia = app.getBean(Consortia.class);
            RoomBench.signIn(new MemberPrincipal(1, "tender1@bench.hubtable.eu", "Lead", Locale.ENGLISH, Set.of(Role.MEMBER), true, null));
            long tender = consortia.open(new TenderForm(0, "Bench tender", "Bench city", LocalDate.now().plusDays(30),
                    "https://tenders.example.eu/bench", null, null, null),
                    List.of(new TenderRoleForm("Sound and code", Set.of(Sector.MUSIC, Sector.DIGITAL_GAMES), Set.of("sound", "unity")),
                            new TenderRoleForm("Writer", Set.of(Sector.PUBLISHING), Set.of("writing"))));
            long role = consortia.card(tender).roles().getFirst().id();
            List<RoleCandidate> found = consortia.candidates(role);
            if (found.size() != 10) {
                throw new IllegalStateException("expected 10 candidates, got " + found.size());
            }
            List<Figure> figures = new ArrayList<>();
            figures.addAll(latency("consortium.candidates-per-role", () -> consortia.candidates(role)));
            figures.addAll(latency("consortium.card-with-candidates", () -> {
                consortia.card(tender).roles().forEach(r -> consortia.candidates(r.id()));
                return null;
            }));
            figures.addAll(latency("consortium.my-tenders", consortia::mine));
            return figures;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<Figure> latency(String name, Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return List.of(new Figure(name + ".p50", millis[ROUNDS / 2], "ms"),
                new Figure(name + ".p95", millis[(int) Math.ceil(ROUNDS * 0.95) - 1], "ms"));
    }

    private static void generate(JdbcTemplate jdbc) {
        Random random = new Random(7);
        Timestamp now = Timestamp.from(Instant.now());
        Sector[] all = Sector.values();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> sectors = new ArrayList<>();
        List<Object[]> skills = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            members.add(new Object[] {i, "tender" + i + "@bench.hubtable.eu", "{noop}unused", "Member " + i, now, now});
            int first = random.nextInt(all.length);
            sectors.add(new Object[] {i, all[first].name()});
            sectors.add(new Object[] {i, all[(first + 1 + random.nextInt(all.length - 1)) % all.length].name()});
            int skill = random.nextInt(SKILLS.length);
            for (int k = 0; k < 3; k++) {
                skills.add(new Object[] {i, SKILLS[(skill + k * 7) % SKILLS.length]});
            }
        }
        jdbc.batchUpdate("insert into member (id, email, password_hash, display_name, created_at, updated_at) values (?,?,?,?,?,?)", members);
        jdbc.batchUpdate("insert into member_sector (member_id, sector) values (?,?)", sectors);
        jdbc.batchUpdate("insert into member_skill (member_id, skill) values (?,?)", skills);
        List<Object[]> organisations = new ArrayList<>();
        for (int i = 1; i <= ORGANISATIONS; i++) {
            organisations.add(new Object[] {i, "Organisation " + i, "COMPANY", now, now});
        }
        jdbc.batchUpdate("insert into organisation (id, name, kind, created_at, updated_at) values (?,?,?,?,?)", organisations);
        List<Object[]> organisationSectors = new ArrayList<>();
        List<Object[]> managers = new ArrayList<>();
        for (int i = 1; i <= ORGANISATIONS; i++) {
            organisationSectors.add(new Object[] {i, all[random.nextInt(all.length)].name()});
            managers.add(new Object[] {i, 2 + random.nextInt(MEMBERS - 1), now});
        }
        jdbc.batchUpdate("insert into organisation_sector (organisation_id, sector) values (?,?)", organisationSectors);
        jdbc.batchUpdate("insert ignore into organisation_membership (organisation_id, member_id, role, created_at) values (?,?,'MANAGER',?)",
                managers);
        List<Object[]> posts = new ArrayList<>();
        List<Object[]> postTags = new ArrayList<>();
        List<Object[]> postSectors = new ArrayList<>();
        Date expires = Date.valueOf(LocalDate.now().plusMonths(2));
        for (int i = 1; i <= POSTS; i++) {
            posts.add(new Object[] {i, 1 + random.nextInt(MEMBERS), i % 5 == 0 ? 1 + random.nextInt(ORGANISATIONS) : null, "OFFER",
                "SKILL_OR_SERVICE", "Offer " + i, "Bench offer", expires, now, now});
            int tag = random.nextInt(SKILLS.length);
            postTags.add(new Object[] {i, SKILLS[tag]});
            postTags.add(new Object[] {i, SKILLS[(tag + 3) % SKILLS.length]});
            postSectors.add(new Object[] {i, all[random.nextInt(all.length)].name()});
        }
        jdbc.batchUpdate("insert into post (id, author_id, organisation_id, direction, kind, title, body, expires_on, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?)", posts);
        jdbc.batchUpdate("insert into post_tag (post_id, tag) values (?,?)", postTags);
        jdbc.batchUpdate("insert into post_sector (post_id, sector) values (?,?)", postSectors);
        List<Object[]> contacts = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            contacts.add(new Object[] {1, 2 + i * 37, now, now});
        }
        jdbc.batchUpdate("insert into contact_request (requester_id, recipient_id, status, created_at, answered_at) values (?,?,'ACCEPTED',?,?)",
                contacts);
        jdbc.execute("analyze table member, member_sector, member_skill, organisation, organisation_sector, organisation_membership, post,"
                + " post_tag, post_sector, contact_request");
    }
}
