package eu.hubtable.matching;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a tender card: its lead, the members invited to one of its roles and the managers of
 * the organisations invited (accepted parties are invitees too). Everyone else is refused, by the
 * service, whatever the screen showed.
 */
@Component
class TenderAccess {

    /** The tenders a member may see, as a subquery on {@code :me}; each branch uses an index. */
    static final String VISIBLE = """
            select t.id from tender t where t.lead_id = :me
            union select i.tender_id from tender_invitation i where i.member_id = :me
            union select i.tender_id from tender_invitation i
                  join organisation_membership om on om.organisation_id = i.organisation_id and om.role = 'MANAGER'
                  where om.member_id = :me""";

    private final JdbcClient jdbc;

    TenderAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long leadOf(long tenderId) {
        return jdbc.sql("select lead_id from tender where id = :id").param("id", tenderId).query(Long.class).optional()
                .orElseThrow(() -> new TenderRefused("tender.not-found"));
    }

    void requireLead(long tenderId, long me) {
        if (leadOf(tenderId) != me) {
            throw new AccessDeniedException("Only its lead changes tender " + tenderId);
        }
    }

    boolean sees(long tenderId, long me) {
        return jdbc.sql("select count(*) from (" + VISIBLE + ") v where v.id = :tender")
                .param("me", me).param("tender", tenderId).query(Integer.class).single() > 0;
    }

    void requireSees(long tenderId, long me) {
        leadOf(tenderId);
        if (!sees(tenderId, me)) {
            throw new AccessDeniedException("Tender " + tenderId + " is not shown to member " + me);
        }
    }

    /** The lead and the accepted parties (members, or managers of accepted organisations): the team. */
    boolean inTeam(long tenderId, long me) {
        return jdbc.sql("""
                select count(*) from tender t where t.id = :tender and (t.lead_id = :me
                    or exists (select 1 from tender_invitation i where i.tender_id = t.id and i.status = 'ACCEPTED' and (i.member_id = :me
                        or exists (select 1 from organisation_membership om where om.organisation_id = i.organisation_id
                                   and om.role = 'MANAGER' and om.member_id = :me))))""")
                .param("tender", tenderId).param("me", me).query(Integer.class).single() > 0;
    }

    void requireTeam(long tenderId, long me) {
        leadOf(tenderId);
        if (!inTeam(tenderId, me)) {
            throw new AccessDeniedException("Only the team of tender " + tenderId + " exports it");
        }
    }

    /** Whether this member may answer this invitation: it is theirs, or their organisation's and they manage it. */
    boolean answers(long invitationId, long me) {
        return jdbc.sql("""
                select count(*) from tender_invitation i where i.id = :id and (i.member_id = :me
                    or exists (select 1 from organisation_membership om where om.organisation_id = i.organisation_id
                               and om.role = 'MANAGER' and om.member_id = :me))""")
                .param("id", invitationId).param("me", me).query(Integer.class).single() > 0;
    }
}
