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

    /**
     * The members active on any day from..to, sorted: the full months inside the period from the monthly
     * rows, the days before the first and after the last full month from the daily rows.
     */
    public long[] activeMembers(long hubId, LocalDate from, LocalDate to) {
        LocalDate firstFullMonth = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
        LocalDate afterFullMonths = to.plusDays(1).withDayOfMonth(1);
        if (!firstFullMonth.isBefore(afterFullMonths)) {
            return sorted(jdbc.sql("select distinct member_id from impact_daily_member where hub_id = :hub and day between :from and :to")
                    .param("hub", hubId).param("from", from).param("to", to).query(Long.class).list());
        }
        return sorted(jdbc.sql("""
                select member_id from impact_monthly_member where hub_id = :hub and month >= :firstMonth and month < :afterMonths
                union
                select member_id from impact_daily_member where hub_id = :hub and day >= :from and day < :firstMonth
                union
                select member_id from impact_daily_member where hub_id = :hub and day >= :afterMonths and day <= :to""")
                .param("hub", hubId).param("from", from).param("to", to).param("firstMonth", firstFullMonth)
                .param("afterMonths", afterFullMonths).query(Long.class).list());
    }

    private static long[] sorted(java.util.List<Long> members) {
        return members.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    public long eventsWithRsvps(long hubId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(distinct subject_id) from impact_event
                where hub_id = :hub and kind = 'RSVP_CONFIRMED' and day between :from and :to""")
                .param("hub", hubId).param("from", from).param("to", to).query(Long.class).single();
    }
}
