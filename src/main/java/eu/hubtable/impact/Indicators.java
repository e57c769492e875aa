package eu.hubtable.impact;

import eu.hubtable.impact.internal.Rollups;
import eu.hubtable.impact.internal.Tallies;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.MyOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A hub's impact over a period, for its managers and the platform's admins. */
@Service
public class Indicators {

    /** About ten years: longer periods say nothing a hub can act on, and cost a full scan. */
    public static final int MAX_DAYS = Periods.MAX_DAYS;

    private final Tallies tallies;
    private final Rollups rollups;
    private final Organisations organisations;
    private final Periods periods;

    Indicators(Tallies tallies, Rollups rollups, Organisations organisations, Periods periods) {
        this.tallies = tallies;
        this.rollups = rollups;
        this.organisations = organisations;
        this.periods = periods;
    }

    /** The hubs and clusters the signed-in member manages: the dashboards they may open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyOrganisation> hubsIManage() {
        return organisations.mine().stream()
                .filter(o -> o.role() == MembershipRole.MANAGER && (o.kind() == OrganisationKind.HUB || o.kind() == OrganisationKind.CLUSTER))
                .toList();
    }

    /** The days from..to (inclusive), compared with the same number of days just before {@code from}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public HubIndicators forHub(long hubId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Periods.Period period = periods.check(hubId, from, to);
        return figuresOf(hubId, period.from(), period.to());
    }

    private HubIndicators figuresOf(long hubId, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousFrom = from.minusDays(days);
        LocalDate previousTo = from.minusDays(1);
        long[] activeNow = tallies.activeMembers(hubId, from, to);
        long[] activeBefore = tallies.activeMembers(hubId, previousFrom, previousTo);
        long[] activeEarlier = tallies.activeMembers(hubId, previousFrom.minusDays(days), previousFrom.minusDays(1));
        Map<Indicator, Double> current = figures(hubId, from, to, activeNow, activeBefore);
        Map<Indicator, Double> previous = figures(hubId, previousFrom, previousTo, activeBefore, activeEarlier);
        List<Figure> figures = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            figures.add(new Figure(indicator, current.get(indicator), previous.get(indicator)));
        }
        return new HubIndicators(hubId, from, to, previousFrom, previousTo, List.copyOf(figures));
    }

    /** Recomputes every daily rollup from the event history (after a fix, or to check the rollups). */
    @PreAuthorize("hasRole('ADMIN')")
    public void rebuild() {
        rollups.rebuild();
    }

    private Map<Indicator, Double> figures(long hubId, LocalDate from, LocalDate to, long[] active, long[] activeBefore) {
        Map<String, Long> sums = tallies.sums(hubId, from, to);
        Map<Indicator, Double> figures = new EnumMap<>(Indicator.class);
        figures.put(Indicator.ACTIVE_MEMBERS, (double) active.length);
        figures.put(Indicator.RETURNING_MEMBERS, (double) Arrays.stream(active).filter(m -> Arrays.binarySearch(activeBefore, m) >= 0).count());
        figures.put(Indicator.EVENTS_WITH_RSVPS, (double) tallies.eventsWithRsvps(hubId, from, to));
        for (Indicator counted : List.of(Indicator.SESSIONS_HELD, Indicator.EVENTS_HELD, Indicator.RSVPS, Indicator.CHECK_INS, Indicator.NEW_CONTACTS, Indicator.CROSS_SECTOR_CONTACTS,
                Indicator.MEETINGS_HELD, Indicator.CONSORTIA_FORMED, Indicator.INTRODUCTIONS_MADE, Indicator.MATCHES_ACCEPTED,
                Indicator.ACTIONS_DONE_ON_TIME, Indicator.ACTIONS_DONE_LATE, Indicator.DECISIONS_LOGGED,
                Indicator.DELIVERABLES_DELIVERED)) {
            figures.put(counted, (double) sums.getOrDefault(counted.name(), 0L));
        }
        double rsvps = figures.get(Indicator.RSVPS);
        if (rsvps > 0) {
            // rounded to a tenth of a percent: what the dashboard shows is what the CSV says
            figures.put(Indicator.ATTENDANCE_RATE, Math.round(figures.get(Indicator.CHECK_INS) * 1000 / rsvps) / 10.0);
        }
        return figures;
    }
}
