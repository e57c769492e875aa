package eu.hubtable.group;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.organisation.Organisations;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a working group: co-leads manage it; its members, its observers and the hub's
 * managers see it; everyone else sees its name and purpose. A group that does not exist is refused.
 */
@Component
class GroupAccess {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final CurrentMember currentMember;

    GroupAccess(JdbcClient jdbc, Organisations organisations, CurrentMember currentMember) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.currentMember = currentMember;
    }

    record Group(long id, long hubId, String hubName, String name, @Nullable String purpose, @Nullable Long templateId) {
    }

    Group group(long groupId) {
        return jdbc.sql("""
                select g.id, g.organisation_id, o.name, g.name, g.purpose, g.template_id
                from working_group g join organisation o on o.id = g.organisation_id where g.id = :id""")
                .param("id", groupId)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, Long.class)))
                .optional().orElseThrow(() -> new GroupRefused("group.not-found"));
    }

    @Nullable GroupRole roleOf(long groupId, long memberId) {
        return jdbc.sql("select role from working_group_member where group_id = :group and member_id = :member")
                .param("group", groupId).param("member", memberId).query(String.class).optional().map(GroupRole::valueOf)
                .orElse(null);
    }

    Group requireLead(long groupId) {
        Group group = group(groupId);
        if (roleOf(groupId, currentMember.require().memberId()) != GroupRole.CO_LEAD) {
            throw new AccessDeniedException("Only co-leads manage working group " + groupId);
        }
        return group;
    }

    Group requireVisible(long groupId) {
        Group group = group(groupId);
        if (roleOf(groupId, currentMember.require().memberId()) == null && !managesHub(group.hubId())) {
            throw new AccessDeniedException("Working group " + groupId + " is for its members");
        }
        return group;
    }

    boolean managesHub(long hubId) {
        MemberPrincipal me = currentMember.require();
        return me.hasRole(Role.ADMIN) || organisations.isManager(hubId, me.memberId());
    }

}
