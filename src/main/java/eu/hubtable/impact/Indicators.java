package eu.hubtable.impact;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.Role;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A hub's impact over a period, for its managers and the platform's admins. */
@Service
public class Indicators {

    /** About ten years: longer periods say nothing a hub can act on, and cost a full scan. */
    public static final int MAX_DAYS = 3660;

    private final Tallies tallies;
    private final Rollups rollups;
    private final Organisations organisations;
    private final CurrentMember currentMember;

    Indicators(Tallies tallies, Rollups rollups, Organisations organisations, CurrentMember currentMember) {
        this.tallies = tallies;
        this.rollups = rollups;
        this.organisations = organisations;
        this.currentMember = currentMember;
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
        var me = currentMember.require();
        if (!me.hasRole(Role.ADMIN) && !organisations.isManager(hubId, me.memberId())) {
            throw new AccessDeniedException("Only managers of hub " + hubId + " see its impact");
        }
        Map<PeriodRejected.Field, String> problems = new EnumMap<>(PeriodRejected.Field.class);
        if (from == null) {
            problems.put(PeriodRejected.Field.FROM, "impact.period.from.required");
        }
        if (to == null) {
            problems.put(PeriodRejected.Field.TO, "impact.period.to.required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.put(PeriodRejected.Field.TO, "impact.period.to.before-from");
        } else if (from != null && to != null && ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            problems.put(PeriodRejected.Field.TO, "impact.period.too-long");
        }
        if (!problems.isEmpty() || from == null || to == null) {
            throw new PeriodRejected(problems);
        }
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
        for (Indicator counted : List.of(Indicator.RSVPS, Indicator.CHECK_INS, Indicator.NEW_CONTACTS, Indicator.CROSS_SECTOR_CONTACTS,
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
