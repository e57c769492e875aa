package eu.hubtable.organisation;

import eu.hubtable.core.privacy.ExportRows;
import eu.hubtable.core.privacy.PersonalDataSection;
import eu.hubtable.member.MemberErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organisations a member belongs to: in their export, and gone when they erase their account. */
@Component
class OrganisationDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    OrganisationDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public Object exportFor(long memberId) {
        return ExportRows.readable(jdbc.sql("""
                select o.name as organisation, o.kind, m.role, m.created_at as member_since
                from organisation_membership m join organisation o on o.id = m.organisation_id
                where m.member_id = :id order by o.name""").param("id", memberId).query().listOfRows());
    }

    /** In the erasing transaction: a former member belongs to no organisation. */
    @EventListener
    void erased(MemberErased erased) {
        jdbc.sql("delete from organisation_membership where member_id = :id").param("id", erased.memberId()).update();
    }
}
