package eu.hubtable.impact.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Appends to impact's event history and adds the row to the daily rollups in the same transaction
 * (the publisher's), so a committed module event is always counted and a rolled-back one never is.
 * Counters are increments decided by the database (insert ... on duplicate key update), safe when
 * several transactions record at once.
 */
@Component
public class History {

    private final JdbcClient jdbc;
    private final Clock clock;

    History(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Days are UTC days. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    void record(Occurrence o) {
        record(o.kind(), o.at(), o.hubId(), o.subjectId(), o.memberIds(), o.crossSector(), o.onTime(), o.groupId(), o.expected(), o.came());
    }

    private void record(EventKind kind, Instant at, @Nullable Long hubId, @Nullable Long subjectId, Collection<Long> memberIds,
            @Nullable Boolean crossSector, @Nullable Boolean onTime, @Nullable Long groupId, @Nullable Integer expected,
            @Nullable Integer came) {
        LocalDate day = dayOf(at);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into impact_event (kind, occurred_at, day, hub_id, subject_id, cross_sector, on_time, group_id, expected, came,
                                          recorded_at)
                values (:kind, :at, :day, :hub, :subject, :cross, :onTime, :group, :expected, :came, :now)""")
                .param("kind", kind.name()).param("at", at).param("day", day).param("hub", hubId).param("subject", subjectId)
                .param("cross", crossSector).param("onTime", onTime).param("group", groupId).param("expected", expected)
                .param("came", came).param("now", clock.instant())
                .update(key, "id");
        long id = key.getKey().longValue();
        var members = new LinkedHashSet<>(memberIds);
        for (long member : members) {
            jdbc.sql("insert into impact_event_member (impact_event_id, member_id) values (:id, :member)")
                    .param("id", id).param("member", member).update();
        }
        if (hubId == null) {
            return;
        }
        for (String counter : kind.counters(Boolean.TRUE.equals(crossSector), !Boolean.FALSE.equals(onTime))) {
            jdbc.sql("""
                    insert into impact_daily (hub_id, day, indicator, value) values (:hub, :day, :counter, 1)
                    on duplicate key update value = value + 1""")
                    .param("hub", hubId).param("day", day).param("counter", counter).update();
        }
        for (long member : members) {
            jdbc.sql("insert ignore into impact_daily_member (hub_id, day, member_id) values (:hub, :day, :member)")
                    .param("hub", hubId).param("day", day).param("member", member).update();
            jdbc.sql("insert ignore into impact_monthly_member (hub_id, month, member_id) values (:hub, :month, :member)")
                    .param("hub", hubId).param("month", day.withDayOfMonth(1)).param("member", member).update();
        }
    }
}
