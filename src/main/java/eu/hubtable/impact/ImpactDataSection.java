package eu.hubtable.impact;

import eu.hubtable.core.privacy.ExportRows;
import eu.hubtable.core.privacy.PersonalDataSection;
import eu.hubtable.member.MemberErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What impact recorded about a member (which kinds of activity, when, in which hub): exported with
 * their data. After an erasure the member is gone from the history and from the active-member days and months;
 * the hubs' counts (so many RSVPs, so many contacts on a day) stay, as they name nobody.
 */
@Component
class ImpactDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    ImpactDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "impact";
    }

    @Override
    public Object exportFor(long memberId) {
        return ExportRows.readable(jdbc.sql("""
                select e.kind, e.occurred_at, e.hub_id, e.cross_sector, e.on_time
                from impact_event_member m join impact_event e on e.id = m.impact_event_id
                where m.member_id = :id order by e.occurred_at, e.id""").param("id", memberId).query().listOfRows());
    }

    @EventListener
    void erased(MemberErased erased) {
        jdbc.sql("delete from impact_event_member where member_id = :id").param("id", erased.memberId()).update();
        jdbc.sql("delete from impact_daily_member where member_id = :id").param("id", erased.memberId()).update();
        jdbc.sql("delete from impact_monthly_member where member_id = :id").param("id", erased.memberId()).update();
    }
}
