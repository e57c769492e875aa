package eu.hubtable.impact.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts over a hub's days, from impact's own tables only (rollups, and the history for distinct events). */
@Component
public class Tallies {

    private final JdbcClient jdbc;

    Tallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The daily counters summed over the days from..to (inclusive); a counter never seen is absent. */
    public Map<String, Long> sums(long hubId, LocalDate from, LocalDate to) {
        Map<String, Long> sums = new HashMap<>();
        jdbc.sql("""
                select indicator, sum(value) from impact_daily
                where hub_id = :hub and day between :from and :to group by indicator""")
                .param("hub", hubId).param("from", from).param("to", to)
                .query(rs -> {
                    sums.put(rs.getString(1), rs.getLong(2));
                });
        return sums;
    }

    /** The members active on any day from..to, sorted (a range of the primary key, no other table). */
    public long[] activeMembers(long hubId, LocalDate from, LocalDate to) {
        return jdbc.sql("select distinct member_id from impact_daily_member where hub_id = :hub and day between :from and :to")
                .param("hub", hubId).param("from", from).param("to", to).query(Long.class).list().stream().mapToLong(Long::longValue)
                .sorted().toArray();
    }

    public long eventsWithRsvps(long hubId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(distinct subject_id) from impact_event
                where hub_id = :hub and kind = 'RSVP_CONFIRMED' and day between :from and :to""")
                .param("hub", hubId).param("from", from).param("to", to).query(Long.class).single();
    }
}
