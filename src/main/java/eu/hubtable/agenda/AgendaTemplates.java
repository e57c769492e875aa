package eu.hubtable.agenda;

import java.sql.Timestamp;
import java.time.Clock;
import eu.hubtable.core.security.CurrentMember;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agendas kept for next time: working groups meet regularly, so an agenda's items (titles, planned
 * minutes, notes; not outcomes) are saved under a name for its host and copied into new sessions.
 */
@Service
public class AgendaTemplates {

    public static final int MAX_NAME = 120;

    private final JdbcClient jdbc;
    private final AgendaAccess access;
    private final CurrentMember currentMember;
    private final Clock clock;

    AgendaTemplates(JdbcClient jdbc, AgendaAccess access, CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long save(long agendaId, String name) {
        AgendaAccess.Granted granted = access.edit(agendaId);
        if (name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new AgendaRefused("agenda.template.name.length");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into agenda_template (organisation_id, name, created_by, created_at) values (:org, :name, :me, :now)")
                    .param("org", granted.session().organisationId()).param("name", name.strip())
                    .param("me", currentMember.require().memberId()).param("now", Timestamp.from(clock.instant())).update(key);
        } catch (DuplicateKeyException taken) {
            throw new AgendaRefused("agenda.template.name.taken");
        }
        long templateId = key.getKey().longValue();
        jdbc.sql("""
                insert into agenda_template_item (template_id, position, title, planned_minutes, notes)
                select :template, position, title, planned_minutes, notes from agenda_item where agenda_id = :agenda""")
                .param("template", templateId).param("agenda", agendaId).update();
        return templateId;
    }

    /** The templates of the room's host, for starting the room's agenda. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TemplateCard> forRoom(long roomId) {
        return of(access.room(roomId).organisationId());
    }

    /** The templates of the event's host, for starting the event's agenda. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TemplateCard> forEvent(long eventId) {
        return of(access.event(eventId).organisationId());
    }

    private List<TemplateCard> of(long organisationId) {
        return jdbc.sql("""
                select t.id, t.name, count(i.position), coalesce(sum(i.planned_minutes), 0)
                from agenda_template t left join agenda_template_item i on i.template_id = t.id
                where t.organisation_id = :org group by t.id, t.name order by t.name""")
                .param("org", organisationId)
                .query((rs, n) -> new TemplateCard(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }
}
