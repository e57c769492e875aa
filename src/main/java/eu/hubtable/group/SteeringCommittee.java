package eu.hubtable.group;

import eu.hubtable.organisation.OrganisationProfile;
import eu.hubtable.organisation.Organisations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Every working group of a hub at a glance, for the hub's managers: next and last session, the
 * attendance trend of the last held sessions, decisions, open and overdue actions (read from the sessions' agendas), deliverables due within
 * {@link #DUE_WITHIN_DAYS} days and overdue. Not one transaction: each group's actions are read
 * through the agenda module, which may leave out an agenda the reader cannot open.
 */
@Service
public class SteeringCommittee {

    public static final int DUE_WITHIN_DAYS = 30;

    private final JdbcClient jdbc;
    private final GroupAccess access;
    private final GroupSessions sessions;
    private final Deliverables deliverables;
    private final Organisations organisations;
    private final Clock clock;

    SteeringCommittee(JdbcClient jdbc, GroupAccess access, GroupSessions sessions, Deliverables deliverables,
            Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.sessions = sessions;
        this.deliverables = deliverables;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The hub's name, for the view's title (its managers only). */
    @PreAuthorize("isAuthenticated()")
    public String hubName(long hubId) {
        requireManager(hubId);
        return organisations.profile(hubId).map(OrganisationProfile::name).orElseThrow(() -> new GroupRefused("group.hub.not-found"));
    }

    @PreAuthorize("isAuthenticated()")
    public List<GroupStatus> overview(long hubId) {
        requireManager(hubId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        record Row(long id, String name, int members, int decisions) {
        }
        List<Row> rows = jdbc.sql("""
                select g.id, g.name,
                       (select count(*) from working_group_member x where x.group_id = g.id) as members,
                       (select count(*) from working_group_decision d where d.group_id = g.id) as decisions
                from working_group g where g.organisation_id = :hub order by g.name""")
                .param("hub", hubId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
        List<Deliverable> due = deliverables.ofGroups(rows.stream().map(Row::id).toList());
        Map<Long, List<Double>> attendance = recentAttendance(hubId);
        return rows.stream().map(row -> {
            List<GroupPage.Session> cycle = sessions.of(row.id());
            GroupPage.Session next = cycle.stream().filter(s -> !s.startsAt().isBefore(now)).reduce((a, b) -> b).orElse(null);
            Instant last = cycle.stream().map(GroupPage.Session::startsAt).filter(at -> at.isBefore(now)).findFirst().orElse(null);
            List<GroupSessions.OpenAction> open = sessions.openActions(row.id());
            int overdueActions = (int) open.stream().filter(action -> action.overdueOn(today)).count();
            List<Deliverable> mine = due.stream().filter(d -> d.groupId() == row.id()).toList();
            int dueSoon = (int) mine.stream().filter(d -> d.dueBy(today.plusDays(DUE_WITHIN_DAYS))).count();
            int overdue = (int) mine.stream().filter(d -> d.dueBy(today.minusDays(1))).count();
            GroupHealth health = next == null || overdueActions > 0 || overdue > 0 ? GroupHealth.ATTENTION : GroupHealth.ON_TRACK;
            return new GroupStatus(row.id(), row.name(), row.members(), health, next == null ? null : next.title(),
                    next == null ? null : next.startsAt(),
                    next == null ? null : next.timeZone(), last, row.decisions(), open.size(), overdueActions, dueSoon, overdue,
                    AttendanceTrend.of(attendance.getOrDefault(row.id(), List.of())));
        }).toList();
    }

    /**
     * The attendance rates of each group's last held sessions, oldest first, for all the hub's groups in
     * one query. Sessions nobody was expected at have no rate and are left out.
     */
    private Map<Long, List<Double>> recentAttendance(long hubId) {
        Map<Long, List<Double>> rates = new HashMap<>();
        jdbc.sql("""
                select group_id, expected_attended, expected from (
                    select s.group_id, s.held_at, s.id, s.expected_attended, s.expected,
                           row_number() over (partition by s.group_id order by s.held_at desc, s.id desc) as recent
                    from working_group_session s join working_group g on g.id = s.group_id
                    where g.organisation_id = :hub and s.held_at is not null and s.expected > 0) held
                where recent <= :sessions order by group_id, held_at, id""")
                .param("hub", hubId).param("sessions", AttendanceTrend.SESSIONS)
                .query((RowCallbackHandler) rs -> rates.computeIfAbsent(rs.getLong(1), group -> new ArrayList<>())
                        .add(GroupPage.Attendance.percent(rs.getInt(2), rs.getInt(3))));
        return rates;
    }

    private void requireManager(long hubId) {
        if (!access.managesHub(hubId)) {
            throw new AccessDeniedException("Only managers of hub " + hubId + " see its steering view");
        }
    }
}
