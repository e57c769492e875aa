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
 * A member's tender cards and the invitations addressed to them: exported with their data, gone with
 * their account (a card speaks for its lead; its roles and invitations go with it).
 */
@Component
class TenderDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    TenderDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "tenders";
    }

    @Override
    public Object exportFor(long memberId) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("led", ExportRows.readable(jdbc.sql("""
                select t.title, t.buyer, t.deadline, t.link, t.budget_min, t.budget_max, t.currency, t.description, t.formed_at,
                       t.created_at, (select group_concat(r.name order by r.id separator '; ') from tender_role r where r.tender_id = t.id) as roles
                from tender t where t.lead_id = :id order by t.created_at""").param("id", memberId).query().listOfRows()));
        section.put("invitations", ExportRows.readable(jdbc.sql("""
                select t.title as tender, r.name as role, o.name as organisation, i.note, i.status, i.invited_at, i.answered_at
                from tender_invitation i join tender t on t.id = i.tender_id join tender_role r on r.id = i.role_id
                     left join organisation o on o.id = i.organisation_id
                where i.member_id = :id or i.answered_by = :id order by i.invited_at""").param("id", memberId).query().listOfRows()));
        return section;
    }

    @EventListener
    void erased(MemberErased erased) {
        long member = erased.memberId();
        jdbc.sql("delete from tender where lead_id = :id").param("id", member).update();
        jdbc.sql("delete from tender_invitation where member_id = :id").param("id", member).update();
        jdbc.sql("update tender_invitation set answered_by = null where answered_by = :id").param("id", member).update();
        jdbc.sql("delete from tender_reminder where member_id = :id").param("id", member).update();
    }
}
