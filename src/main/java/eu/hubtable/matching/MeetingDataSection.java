package eu.hubtable.matching;

import eu.hubtable.core.privacy.ExportRows;
import eu.hubtable.core.privacy.PersonalDataSection;
import eu.hubtable.member.MemberErased;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's meeting slots and requests: exported with their data. After an erasure their slots and
 * the requests they made are gone (with the time they held), and they leave the requests others
 * brought them into, which keep the rest of their people.
 */
@Component
class MeetingDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    MeetingDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public Object exportFor(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("slots", ExportRows.readable(jdbc.sql("""
                select e.title as event, s.starts_at, s.ends_at, s.guests, s.table_label, s.video_url, s.held_at, s.created_at
                from meeting_slot s join event e on e.id = s.event_id where s.owner_id = :id order by s.starts_at""")
                .param("id", memberId).query().listOfRows()));
        data.put("requests", ExportRows.readable(jdbc.sql("""
                select e.title as event, s.starts_at, s.ends_at, o.display_name as slot_owner, r.purpose, r.status,
                       r.requester_id = :id as requested_by_me, r.created_at, r.answered_at
                from meeting_guest g join meeting_request r on r.id = g.request_id join meeting_slot s on s.id = r.slot_id
                join event e on e.id = s.event_id join member o on o.id = s.owner_id
                where g.member_id = :id order by s.starts_at, r.id""").param("id", memberId).query().listOfRows()));
        return data;
    }

    @EventListener
    void erased(MemberErased erased) {
        long id = erased.memberId();
        jdbc.sql("delete from meeting_slot where owner_id = :id").param("id", id).update();
        jdbc.sql("delete from meeting_request where requester_id = :id").param("id", id).update();
        jdbc.sql("""
                update meeting_request r set seats = seats - 1, version = version + 1
                where exists (select 1 from meeting_guest g where g.request_id = r.id and g.member_id = :id)""")
                .param("id", id).update();
        jdbc.sql("delete from meeting_guest where member_id = :id").param("id", id).update();
        jdbc.sql("delete from meeting_booking where member_id = :id").param("id", id).update();
    }
}
