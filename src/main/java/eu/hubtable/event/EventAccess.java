package eu.hubtable.event;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Events are open to every member; hosting (editing, the attendee list, check-in) is for the host's managers. */
@Component
class EventAccess {

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Organisations organisations;

    EventAccess(JdbcClient jdbc, CurrentMember currentMember, Organisations organisations) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.organisations = organisations;
    }

    long hostOf(long eventId) {
        return jdbc.sql("select organisation_id from event where id = :id").param("id", eventId).query(Long.class).optional()
                .orElseThrow(() -> new EventRefused("event.not-found"));
    }

    boolean hosts(long organisationId) {
        MemberPrincipal me = currentMember.require();
        return me.hasRole(Role.ADMIN) || organisations.isManager(organisationId, me.memberId());
    }

    /** The event's host organisation, if the signed-in member manages it. */
    long hosted(long eventId) {
        long host = hostOf(eventId);
        if (!hosts(host)) {
            throw new AccessDeniedException("Only managers of the host of event " + eventId + " do this");
        }
        return host;
    }
}
