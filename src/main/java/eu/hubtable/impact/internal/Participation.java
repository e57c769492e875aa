package eu.hubtable.impact.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who took part in what, per working group and per member, over a hub's days: read from impact's own
 * history (the rollups are per hub only). A hub's groups are few and their events rare, so the group
 * figures read a narrow index range; the member figures read the period's history once.
 */
@Component
public class Participation {

    private final JdbcClient jdbc;

    Participation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A working group's figures in a period, as counted from its events. */
    public record GroupTally(int sessionsHeld, int expected, int expectedWhoCame, int attendees, int activeMembers, int decisionsLogged,
            int actionsDone, int actionsDoneOnTime, int deliverablesDelivered) {
    }

    public Map<Long, GroupTally> groups(long hubId, LocalDate from, LocalDate to) {
        Map<Long, Map<String, int[]>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select group_id, kind, count(*), coalesce(sum(expected), 0), coalesce(sum(came), 0), coalesce(sum(on_time), 0)
                from impact_event where hub_id = :hub and group_id is not null and day between :from and :to
                group by group_id, kind""")
                .param("hub", hubId).param("from", from).param("to", to)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), g -> new HashMap<>())
                            .put(rs.getString(2), new int[] {rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)});
                });
        Map<Long, int[]> people = new HashMap<>();
        jdbc.sql("""
                select e.group_id, count(distinct m.member_id),
                       count(distinct case when e.kind = 'GROUP_SESSION_HELD' then m.member_id end)
                from impact_event e join impact_event_member m on m.impact_event_id = e.id
                where e.hub_id = :hub and e.group_id is not null and e.day between :from and :to
                group by e.group_id""")
                .param("hub", hubId).param("from", from).param("to", to)
                .query(rs -> {
                    people.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        Map<Long, GroupTally> tallies = new LinkedHashMap<>();
        counts.forEach((group, kinds) -> {
            int[] sessions = kinds.getOrDefault(EventKind.GROUP_SESSION_HELD.name(), new int[4]);
            int[] actions = kinds.getOrDefault(EventKind.ACTION_DONE.name(), new int[4]);
            int[] who = people.getOrDefault(group, new int[2]);
            tallies.put(group, new GroupTally(sessions[0], sessions[1], sessions[2], who[1], who[0],
                    kinds.getOrDefault(EventKind.DECISION_PROMOTED.name(), new int[4])[0], actions[0], actions[3],
                    kinds.getOrDefault(EventKind.DELIVERABLE_DELIVERED.name(), new int[4])[0]));
        });
        return tallies;
    }

    /** What one member did in a period, by kind of event (only kinds they took part in). */
    public Map<Long, Map<EventKind, Integer>> members(long hubId, LocalDate from, LocalDate to) {
        Map<Long, Map<EventKind, Integer>> members = new HashMap<>();
        jdbc.sql("""
                select m.member_id, e.kind, count(*) from impact_event e join impact_event_member m on m.impact_event_id = e.id
                where e.hub_id = :hub and e.day between :from and :to
                group by m.member_id, e.kind""")
                .param("hub", hubId).param("from", from).param("to", to)
                .query(rs -> {
                    @Nullable EventKind kind = kind(rs.getString(2));
                    if (kind != null) {
                        members.computeIfAbsent(rs.getLong(1), m -> new EnumMap<>(EventKind.class)).put(kind, rs.getInt(3));
                    }
                });
        return members;
    }

    private static @Nullable EventKind kind(String name) {
        try {
            return EventKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null; // a kind an older or newer version recorded: not one this table counts
        }
    }
}
