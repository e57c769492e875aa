package eu.hubtable.agenda;

import eu.hubtable.core.privacy.ExportRows;
import eu.hubtable.core.privacy.PersonalDataSection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What agendas keep about a member: the items they own and the action items assigned to them.
 * After an erasure both stay for the group, shown as "former member".
 */
@Component
class AgendaDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    AgendaDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "agendas";
    }

    @Override
    public Object exportFor(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("items_owned", ExportRows.readable(jdbc.sql("""
                select coalesce(r.title, e.title) as session, i.title as item, i.planned_minutes, i.notes, i.outcome
                from agenda_item i join agenda a on a.id = i.agenda_id left join room r on r.id = a.room_id left join event e on e.id = a.event_id
                where i.owner_id = :id order by a.id, i.position""").param("id", memberId).query().listOfRows()));
        data.put("action_items", ExportRows.readable(jdbc.sql("""
                select coalesce(r.title, e.title) as session, x.text, x.due_on, x.done_at
                from action_item x join agenda a on a.id = x.agenda_id left join room r on r.id = a.room_id left join event e on e.id = a.event_id
                where x.assignee_id = :id order by x.created_at""").param("id", memberId).query().listOfRows()));
        return data;
    }
}
