package eu.hubtable.bench;

import eu.hubtable.HubtableApplication;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.event.CheckedIn;
import eu.hubtable.event.RsvpConfirmed;
import eu.hubtable.impact.Engagement;
import eu.hubtable.impact.Indicators;
import eu.hubtable.matching.IntroductionMade;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hub of 10,000 members with two years of activity: {@value #PER_DAY} recorded module events a day
 * (RSVPs, check-ins, contacts, action items, meetings, matches, introductions, consortia; a few members
 * very active, most now and then), written straight into impact's history with JDBC, then the rollups
 * rebuilt from it. Timed: the dashboard's figures (Indicators.forHub as the hub's manager) for random
 * 90-day and 1-year periods; the working groups' and the members' engagement tables; recomputing the rollups of one day from its history; and the intake of one
 * day's module events as the other modules publish them, one transaction each.
 */
final class ImpactBench implements Benchmarks.Bench {

    private static final int MEMBERS = 10_000;
    private static final int DAYS = 730;
    private static final int PER_DAY = 400;
    private static final int RUNS = 40;
    private static final String[] KINDS = {"RSVP_CONFIRMED", "CHECKED_IN", "CONTACT_ACCEPTED", "ACTION_DONE", "MEETING_HELD",
            "MATCH_ACCEPTED", "INTRODUCTION_MADE", "CONSORTIUM_FORMED", "GROUP_SESSION_HELD", "DECISION_PROMOTED"};
    private static final int[] WEIGHTS = {35, 25, 15, 10, 7, 3, 2, 1, 1, 1};
    private static final int GROUPS = 12;

    @Override
    public List<Figure> run() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HubtableApplication.class)
                .profiles("bench")
                .run("--hubtable.demo.enabled=false", "--hubtable.embedded-db.temporary=true", "--server.port=0",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<MemberPrincipal> people = RoomBench.generate(jdbc, MEMBERS);
            long hub = jdbc.queryForObject("select id from organisation", Long.class);
            long[] members = people.stream().mapToLong(MemberPrincipal::memberId).toArray();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            LocalDate first = today.minusDays(DAYS - 1);
            Random random = new Random(42);
            long generation = System.nanoTime();
            history(jdbc, hub, members, first, random);
            double generated = (System.nanoTime() - generation) / 1_000_000.0;
            long rebuilding = System.nanoTime();
            app.getBean(eu.hubtable.impact.internal.Rollups.class).rebuild();
            double rebuilt = (System.nanoTime() - rebuilding) / 1_000_000.0;

            RoomBench.signIn(people.getFirst());
            Indicators indicators = app.getBean(Indicators.class);
            double[] quarter = timeDashboards(indicators, hub, first, 90, random);
            double[] year = timeDashboards(indicators, hub, first, 365, random);
            Engagement engagement = app.getBean(Engagement.class);
            double[] groupsYear = time(days -> engagement.ofGroups(hub, days[0], days[1]), first, 365, random);
            double[] membersQuarter = time(days -> engagement.ofMembers(hub, days[0], days[1]), first, 90, random);
            double[] membersYear = time(days -> engagement.ofMembers(hub, days[0], days[1]), first, 365, random);

            var rollups = app.getBean(eu.hubtable.impact.internal.Rollups.class);
            double[] oneDay = new double[10];
            for (int i = 0; i < oneDay.length; i++) {
                LocalDate day = first.plusDays(random.nextInt(DAYS));
                long begun = System.nanoTime();
                rollups.rebuild(day, day);
                oneDay[i] = (System.nanoTime() - begun) / 1_000_000.0;
            }
            Arrays.sort(oneDay);

            double intake = intakeOfOneDay(app, hub, members, today.plusDays(1), random);
            long events = jdbc.queryForObject("select count(*) from impact_event", Long.class);
            return List.of(new Figure("impact.history-events", events, "events"),
                    new Figure("impact.generate-history", generated, "ms"),
                    new Figure("impact.rebuild-all", rebuilt, "ms"),
                    new Figure("impact.dashboard-90d.p50", quarter[RUNS / 2], "ms"),
                    new Figure("impact.dashboard-90d.p95", quarter[(int) Math.ceil(RUNS * 0.95) - 1], "ms"),
                    new Figure("impact.dashboard-1y.p50", year[RUNS / 2], "ms"),
                    new Figure("impact.dashboard-1y.p95", year[(int) Math.ceil(RUNS * 0.95) - 1], "ms"),
                    new Figure("impact.groups-1y.p95", groupsYear[(int) Math.ceil(RUNS * 0.95) - 1], "ms"),
                    new Figure("impact.members-90d.p95", membersQuarter[(int) Math.ceil(RUNS * 0.95) - 1], "ms"),
                    new Figure("impact.members-1y.p95", membersYear[(int) Math.ceil(RUNS * 0.95) - 1], "ms"),
                    new Figure("impact.rollup-one-day.max", oneDay[oneDay.length - 1], "ms"),
                    new Figure("impact.intake-one-day-" + PER_DAY + "-events", intake, "ms"));
        }
    }

    /** Sorted times of RUNS dashboards of random periods of this length (after 5 unmeasured ones). */
    private static double[] timeDashboards(Indicators indicators, long hub, LocalDate first, int days, Random random) {
        return time(period -> indicators.forHub(hub, period[0], period[1]), first, days, random);
    }

    /** Sorted times of RUNS readings of random periods of this length (after 5 unmeasured ones). */
    private static double[] time(Consumer<LocalDate[]> reading, LocalDate first, int days, Random random) {
        double[] times = new double[RUNS];
        for (int i = -5; i < RUNS; i++) {
            LocalDate from = first.plusDays(random.nextInt(DAYS - days + 1));
            long begun = System.nanoTime();
            reading.accept(new LocalDate[] {from, from.plusDays(days - 1)});
            if (i >= 0) {
                times[i] = (System.nanoTime() - begun) / 1_000_000.0;
            }
        }
        Arrays.sort(times);
        return times;
    }

    /** A busy day's module events published one by one, each in its own transaction, as their services do. */
    private static double intakeOfOneDay(ConfigurableApplicationContext app, long hub, long[] members, LocalDate day, Random random) {
        ApplicationEventPublisher publisher = app;
        TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
        long begun = System.nanoTime();
        for (int i = 0; i < PER_DAY; i++) {
            long member = member(members, random);
            var at = day.atTime(8, 0).plusSeconds(i * 60L).toInstant(ZoneOffset.UTC);
            Object event = switch (i % 3) {
                case 0 -> new RsvpConfirmed(i / 50, hub, member, at);
                case 1 -> new CheckedIn(i / 50, hub, member, at);
                default -> new IntroductionMade(i, hub, members[0], member, member(members, random), i % 2 == 0, at);
            };
            transactions.executeWithoutResult(status -> publisher.publishEvent(event));
        }
        return (System.nanoTime() - begun) / 1_000_000.0;
    }

    private static void history(JdbcTemplate jdbc, long hub, long[] members, LocalDate first, Random random) {
        List<Object[]> events = new ArrayList<>();
        List<Object[]> people = new ArrayList<>();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        long id = 0;
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = first.plusDays(d);
            for (int i = 0; i < PER_DAY; i++) {
                id++;
                String kind = kind(random);
                Timestamp at = Timestamp.from(day.atTime(8, 0).plusSeconds(i * 120L).toInstant(ZoneOffset.UTC));
                Boolean cross = kind.equals("CONTACT_ACCEPTED") || kind.equals("INTRODUCTION_MADE") ? random.nextInt(10) < 3 : null;
                Boolean onTime = kind.equals("ACTION_DONE") ? random.nextInt(10) < 7 : null;
                long subject = kind.equals("RSVP_CONFIRMED") || kind.equals("CHECKED_IN") ? d / 3 : id;
                boolean session = kind.equals("GROUP_SESSION_HELD");
                Long group = session || kind.equals("DECISION_PROMOTED") || kind.equals("ACTION_DONE") && i % 4 == 0
                        ? 1_000_000L + random.nextInt(GROUPS) : null;
                events.add(new Object[] {id, kind, at, Date.valueOf(day), hub, subject, cross, onTime, group, session ? 25 : null,
                        session ? 10 + random.nextInt(15) : null, now});
                int count = switch (kind) {
                    case "CONTACT_ACCEPTED", "INTRODUCTION_MADE" -> 2;
                    case "MEETING_HELD" -> 2 + random.nextInt(2);
                    case "CONSORTIUM_FORMED" -> 3 + random.nextInt(3);
                    case "GROUP_SESSION_HELD" -> 10 + random.nextInt(15);
                    default -> 1;
                };
                List<Long> distinct = new ArrayList<>();
                while (distinct.size() < count) {
                    long member = member(members, random);
                    if (!distinct.contains(member)) {
                        distinct.add(member);
                    }
                }
                for (long member : distinct) {
                    people.add(new Object[] {id, member});
                }
                if (events.size() >= 5000) {
                    flush(jdbc, events, people);
                }
            }
        }
        flush(jdbc, events, people);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> events, List<Object[]> people) {
        jdbc.batchUpdate("""
                insert into impact_event (id, kind, occurred_at, day, hub_id, subject_id, cross_sector, on_time, group_id, expected, came,
                                          recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", events);
        jdbc.batchUpdate("insert into impact_event_member (impact_event_id, member_id) values (?, ?)", people);
        events.clear();
        people.clear();
    }

    /** A fifth of the members do four fifths of what happens. */
    private static long member(long[] members, Random random) {
        int index = random.nextInt(5) < 4 ? random.nextInt(members.length / 5) : random.nextInt(members.length);
        return members[index];
    }

    private static String kind(Random random) {
        int pick = random.nextInt(100);
        for (int i = 0; i < KINDS.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return KINDS[i];
            }
        }
        return KINDS[0];
    }
}
