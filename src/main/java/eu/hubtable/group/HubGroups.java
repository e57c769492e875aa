package eu.hubtable.group;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What other modules (impact) need to know of a hub's working groups: their names, and whose agenda is whose. */
@Service
public class HubGroups {

    private final JdbcClient jdbc;
    private final GroupAccess access;

    HubGroups(JdbcClient jdbc, GroupAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The hub's working groups by id, in name order: its managers (and admins) only. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> names(long hubId) {
        if (!access.managesHub(hubId)) {
            throw new AccessDeniedException("Only managers of hub " + hubId + " list its working groups");
        }
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from working_group where organisation_id = :hub order by name, id").param("hub", hubId)
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /**
     * The working group whose session the agenda was started for, if any. Ids only, and asked while an
     * action item is ticked (by whoever may tick it, or by no one signed in in a scheduled job): no
     * caller check, it tells nothing a reader could not see on the agenda itself.
     */
    public Optional<Group> groupOfAgenda(long agendaId) {
        return jdbc.sql("""
                select g.id, g.organisation_id from working_group_session s join working_group g on g.id = s.group_id
                where s.agenda_id = :agenda order by s.id limit 1""")
                .param("agenda", agendaId).query((rs, n) -> new Group(rs.getLong(1), rs.getLong(2))).optional();
    }

    /** A working group and the hub that owns it. */
    public record Group(long id, long hubId) {
    }
}
