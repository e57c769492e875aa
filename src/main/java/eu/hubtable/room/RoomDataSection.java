package eu.hubtable.room;

import eu.hubtable.core.privacy.ExportRows;
import eu.hubtable.core.privacy.PersonalDataSection;
import eu.hubtable.member.MemberErased;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What rooms keep about a member: the messages they wrote and their visits. After an erasure the
 * messages stay (shown as "former member"), the seats go.
 */
@Component
class RoomDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    RoomDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "rooms";
    }

    @Override
    public Object exportFor(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messages", ExportRows.readable(jdbc.sql("""
                select r.title as room, t.name as round_table, c.body as message, c.sent_at, c.removed_at
                from chat_message c join room r on r.id = c.room_id left join round_table t on t.id = c.table_id
                where c.author_id = :id order by c.sent_at""").param("id", memberId).query().listOfRows()));
        data.put("visits", ExportRows.readable(jdbc.sql("""
                select r.title as room, t.name as round_table, a.joined_at, a.left_at
                from attendance a join room r on r.id = a.room_id left join round_table t on t.id = a.table_id
                where a.member_id = :id order by a.joined_at""").param("id", memberId).query().listOfRows()));
        return data;
    }

    @EventListener
    void erased(MemberErased erased) {
        jdbc.sql("delete from seat where member_id = :id").param("id", erased.memberId()).update();
        jdbc.sql("delete from room_invitation where member_id = :id").param("id", erased.memberId()).update();
        jdbc.sql("delete from room_facilitator where member_id = :id").param("id", erased.memberId()).update();
    }
}
