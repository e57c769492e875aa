package eu.hubtable.group;

import eu.hubtable.core.privacy.ExportRows;
import eu.hubtable.core.privacy.PersonalDataSection;
import eu.hubtable.member.MemberErased;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What working groups keep about a member: memberships, open requests, decisions they promoted,
 * deliverables they own.
 * An erasure ends memberships and requests; decisions and deliverables stay with the group, with no name.
 */
@Component
class GroupDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    GroupDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "working_groups";
    }

    @Override
    public Object exportFor(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("memberships", ExportRows.readable(jdbc.sql("""
                select g.name as working_group, x.role, x.joined_at
                from working_group_member x join working_group g on g.id = x.group_id
                where x.member_id = :id order by x.joined_at""").param("id", memberId).query().listOfRows()));
        data.put("requests_and_invitations", ExportRows.readable(jdbc.sql("""
                select g.name as working_group, r.kind, r.role, r.created_at
                from working_group_request r join working_group g on g.id = r.group_id
                where r.member_id = :id order by r.created_at""").param("id", memberId).query().listOfRows()));
        data.put("decisions_promoted", ExportRows.readable(jdbc.sql("""
                select g.name as working_group, d.decided_on, d.text, d.promoted_at
                from working_group_decision d join working_group g on g.id = d.group_id
                where d.promoted_by = :id order by d.promoted_at""").param("id", memberId).query().listOfRows()));
        data.put("deliverables_owned", ExportRows.readable(jdbc.sql("""
                select g.name as working_group, d.title, d.status, d.due_on, d.link, d.file_name
                from working_group_deliverable d join working_group g on g.id = d.group_id
                where d.owner_id = :id order by d.created_at""").param("id", memberId).query().listOfRows()));
        return data;
    }

    @EventListener
    void erased(MemberErased erased) {
        jdbc.sql("delete from working_group_member where member_id = :id").param("id", erased.memberId()).update();
        jdbc.sql("delete from working_group_request where member_id = :id").param("id", erased.memberId()).update();
        jdbc.sql("update working_group_request set invited_by = null where invited_by = :id").param("id", erased.memberId()).update();
        jdbc.sql("update working_group_decision set promoted_by = null where promoted_by = :id").param("id", erased.memberId()).update();
        jdbc.sql("update working_group_session set linked_by = null where linked_by = :id").param("id", erased.memberId()).update();
        jdbc.sql("update working_group_deliverable set owner_id = null where owner_id = :id").param("id", erased.memberId()).update();
        jdbc.sql("update working_group_deliverable set created_by = null where created_by = :id").param("id", erased.memberId()).update();
        jdbc.sql("update working_group set created_by = null where created_by = :id").param("id", erased.memberId()).update();
    }
}
