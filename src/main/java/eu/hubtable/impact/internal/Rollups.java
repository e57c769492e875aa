package eu.hubtable.impact.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the daily rollups of some days, or of all of them, from the event history alone. */
@Component
public class Rollups {

    /** Must count what {@link EventKind#counters} counts on intake. */
    static final String DAILY_COUNTS = """
            insert into impact_daily (hub_id, day, indicator, value)
            select hub_id, day, counter, count(*) from (
                select hub_id, day, case kind
                        when 'RSVP_CONFIRMED' then 'RSVPS'
                        when 'CHECKED_IN' then 'CHECK_INS'
                        when 'CONTACT_ACCEPTED' then 'NEW_CONTACTS'
                        when 'ACTION_DONE' then if(coalesce(on_time, true), 'ACTIONS_DONE_ON_TIME', 'ACTIONS_DONE_LATE')
                        when 'MEETING_HELD' then 'MEETINGS_HELD'
                        when 'CONSORTIUM_FORMED' then 'CONSORTIA_FORMED'
                        when 'INTRODUCTION_MADE' then 'INTRODUCTIONS_MADE'
                        when 'MATCH_ACCEPTED' then 'MATCHES_ACCEPTED'
                        when 'DECISION_PROMOTED' then 'DECISIONS_LOGGED'
                        when 'DELIVERABLE_DELIVERED' then 'DELIVERABLES_DELIVERED'
                        when 'ROOM_HELD' then 'SESSIONS_HELD'
                        when 'EVENT_HELD' then 'EVENTS_HELD' end as counter
                from impact_event where hub_id is not null and day between :from and :to and kind <> 'GROUP_SESSION_HELD'
                union all
                select hub_id, day, 'CROSS_SECTOR_CONTACTS' from impact_event
                where hub_id is not null and day between :from and :to and kind = 'CONTACT_ACCEPTED' and cross_sector
            ) counted
            group by hub_id, day, counter""";

    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything, from the first recorded day to the last. */
    @Transactional
    public void rebuild() {
        jdbc.sql("delete from impact_daily").update();
        jdbc.sql("delete from impact_daily_member").update();
        jdbc.sql("delete from impact_monthly_member").update();
        recompute(LocalDate.of(1970, 1, 1), LocalDate.of(9999, 12, 31));
    }

    /** The days from..to (inclusive), e.g. one day whose history was corrected. */
    @Transactional
    public void rebuild(LocalDate from, LocalDate to) {
        jdbc.sql("delete from impact_daily where day between :from and :to").param("from", from).param("to", to).update();
        jdbc.sql("delete from impact_daily_member where day between :from and :to").param("from", from).param("to", to).update();
        recompute(from, to);
    }

    private void recompute(LocalDate from, LocalDate to) {
        jdbc.sql(DAILY_COUNTS).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert ignore into impact_daily_member (hub_id, day, member_id)
                select distinct e.hub_id, e.day, m.member_id from impact_event e join impact_event_member m on m.impact_event_id = e.id
                where e.hub_id is not null and e.day between :from and :to""")
                .param("from", from).param("to", to).update();
        // the months these days fall in, from the daily rows (the days around them are unchanged)
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate lastDay = to.withDayOfMonth(to.lengthOfMonth());
        jdbc.sql("delete from impact_monthly_member where month between :from and :to")
                .param("from", firstMonth).param("to", lastDay).update();
        jdbc.sql("""
                insert ignore into impact_monthly_member (hub_id, month, member_id)
                select hub_id, day - interval (dayofmonth(day) - 1) day, member_id from impact_daily_member
                where day between :from and :to""")
                .param("from", firstMonth).param("to", lastDay).update();
    }
}
