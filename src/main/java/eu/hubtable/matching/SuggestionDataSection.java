package eu.hubtable.matching;

import eu.hubtable.core.privacy.ExportRows;
import eu.hubtable.core.privacy.PersonalDataSection;
import eu.hubtable.member.MemberErased;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a member said about suggestions and the introductions they received or made: exported with
 * their data; on erasure their dismissals and the introductions naming them go, and introductions
 * they made stay for the two people introduced, without the introducer's name.
 */
@Component
class SuggestionDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    SuggestionDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "suggestions";
    }

    @Override
    public Object exportFor(long memberId) {
        return Map.of(
                "notRelevant", ExportRows.readable(jdbc.sql("""
                        select target_kind, target_id, dismissed_at from suggestion_dismissal where member_id = :id
                        order by dismissed_at""").param("id", memberId).query().listOfRows()),
                "introductions", ExportRows.readable(jdbc.sql("""
                        select h.name as hub, a.display_name as first_member, b.display_name as second_member, i.note, i.created_at,
                               i.introduced_by = :id as made_by_me
                        from introduction i join organisation h on h.id = i.hub_id
                        join member a on a.id = i.member_a join member b on b.id = i.member_b
                        where i.member_a = :id or i.member_b = :id or i.introduced_by = :id order by i.created_at""")
                        .param("id", memberId).query().listOfRows()));
    }

    @EventListener
    void erased(MemberErased erased) {
        jdbc.sql("delete from suggestion_dismissal where member_id = :id").param("id", erased.memberId()).update();
        jdbc.sql("delete from introduction where member_a = :id or member_b = :id").param("id", erased.memberId()).update();
        jdbc.sql("update introduction set introduced_by = null where introduced_by = :id").param("id", erased.memberId()).update();
    }
}
