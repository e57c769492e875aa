package eu.hubtable.group;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.organisation.MyOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.OrganisationProfile;
import eu.hubtable.organisation.Organisations;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working groups of hubs and who belongs to them. A hub's managers create a group and become its
 * first co-leads; co-leads invite anyone (partners from other organisations too) and answer the
 * requests of the hub's members; members and observers see the whole group, everyone else only its
 * name and purpose. The database keeps one membership and one open request per member and group.
 */
@Service
public class WorkingGroups {

    public static final int MAX_NAME = 120;
    public static final int MAX_PURPOSE = 2000;

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final GroupSessions sessions;
    private final GroupAccess access;
    private final CurrentMember currentMember;
    private final Clock clock;

    WorkingGroups(JdbcClient jdbc, Organisations organisations, GroupSessions sessions, GroupAccess access,
            CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.sessions = sessions;
        this.access = access;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** A hub's (or cluster's) managers create its working groups and lead them first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long create(long hubId, String name, @Nullable String purpose) {
        OrganisationProfile hub = organisations.profile(hubId).orElseThrow(() -> new GroupRefused("group.hub.not-found"));
        if (!hub.managing()) {
            throw new AccessDeniedException("Only managers of " + hubId + " create its working groups");
        }
        if (hub.kind() != OrganisationKind.HUB && hub.kind() != OrganisationKind.CLUSTER) {
            throw new GroupRefused("group.hub.not-a-hub");
        }
        Map<GroupRejected.Field, String> problems = new EnumMap<>(GroupRejected.Field.class);
        if (name.isBlank()) {
            problems.put(GroupRejected.Field.NAME, "group.name.required");
        } else if (name.strip().length() > MAX_NAME) {
            problems.put(GroupRejected.Field.NAME, "group.name.too-long");
        }
        String aim = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (aim != null && aim.length() > MAX_PURPOSE) {
            problems.put(GroupRejected.Field.PURPOSE, "group.purpose.too-long");
        }
        if (!problems.isEmpty()) {
            throw new GroupRejected(problems);
        }
        long me = currentMember.require().memberId();
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into working_group (organisation_id, name, purpose, created_by, created_at)
                    values (:hub, :name, :purpose, (select id from member where id = :me), :now)""")
                    .param("hub", hubId).param("name", name.strip()).param("purpose", aim).param("me", me).param("now", now)
                    .update(key);
        } catch (DuplicateKeyException taken) {
            throw new GroupRejected(Map.of(GroupRejected.Field.NAME, "group.name.taken"));
        }
        long groupId = key.getKey().longValue();
        jdbc.sql("insert into working_group_member (group_id, member_id, role, joined_at) select :group, id, 'CO_LEAD', :now from member where id = :me")
                .param("group", groupId).param("me", me).param("now", now).update();
        return groupId;
    }

    /** My groups and those inviting me, then the other groups of my hubs (which I may ask to join). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GroupCard> list() {
        long me = currentMember.require().memberId();
        List<Long> hubs = organisations.mine().stream().map(MyOrganisation::id).toList();
        return jdbc.sql("""
                select g.id, g.organisation_id, o.name as hub, g.name, g.purpose, m.role,
                       (select count(*) from working_group_member x where x.group_id = g.id) as members,
                       exists (select 1 from working_group_request r
                               where r.group_id = g.id and r.member_id = :me and r.kind = 'INVITATION') as invited
                from working_group g join organisation o on o.id = g.organisation_id
                     left join working_group_member m on m.group_id = g.id and m.member_id = :me
                where m.member_id is not null or g.organisation_id in (:hubs)
                   or exists (select 1 from working_group_request r where r.group_id = g.id and r.member_id = :me and r.kind = 'INVITATION')
                order by m.member_id is null, o.name, g.name""")
                .param("me", me).param("hubs", hubs.isEmpty() ? List.of(-1L) : hubs)
                .query((rs, n) -> new GroupCard(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("hub"),
                        rs.getString("name"), rs.getString("purpose"), role(rs.getString("role")), rs.getInt("members"),
                        rs.getBoolean("invited")))
                .list();
    }

    /** Hubs whose managers may create groups here: the signed-in member's hubs and clusters they manage. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyOrganisation> hubsILead() {
        return organisations.mine().stream()
                .filter(o -> o.kind() == OrganisationKind.HUB || o.kind() == OrganisationKind.CLUSTER)
                .filter(o -> o.role() == eu.hubtable.organisation.MembershipRole.MANAGER).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public GroupPage page(long groupId) {
        GroupAccess.Group group = access.group(groupId);
        long me = currentMember.require().memberId();
        GroupRole myRole = access.roleOf(groupId, me);
        boolean visible = myRole != null || access.managesHub(group.hubId());
        boolean leading = myRole == GroupRole.CO_LEAD;
        List<GroupPage.Pending> mine = pending(groupId).stream().filter(p -> p.memberId() == me).toList();
        boolean requested = mine.stream().anyMatch(p -> !p.invitation());
        Long invitation = mine.stream().filter(GroupPage.Pending::invitation).map(GroupPage.Pending::id).findFirst().orElse(null);
        if (!visible) {
            return new GroupPage(groupId, group.hubId(), group.hubName(), group.name(), group.purpose(), null, false, false,
                    requested, invitation, List.of(), List.of(), List.of(), List.of());
        }
        List<GroupPage.Person> members = jdbc.sql("""
                select m.id, m.display_name, x.role from working_group_member x join member m on m.id = x.member_id
                where x.group_id = :group and m.status = 'ACTIVE'
                order by field(x.role, 'CO_LEAD', 'MEMBER', 'OBSERVER'), m.display_name""")
                .param("group", groupId)
                .query((rs, n) -> new GroupPage.Person(rs.getLong(1), rs.getString(2), GroupRole.valueOf(rs.getString(3)))).list();
        return new GroupPage(groupId, group.hubId(), group.hubName(), group.name(), group.purpose(), myRole, true, leading,
                requested, invitation, members, leading ? pending(groupId) : List.of(), sessions.of(groupId),
                sessions.decisions(groupId));
    }

    /** A member of the group's hub asks to join; a co-lead answers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long requestToJoin(long groupId) {
        GroupAccess.Group group = access.group(groupId);
        long me = currentMember.require().memberId();
        if (!organisations.isMember(group.hubId(), me)) {
            throw new AccessDeniedException("Only members of hub " + group.hubId() + " ask to join its groups");
        }
        return ask(groupId, me, "REQUEST", GroupRole.MEMBER, null);
    }

    /** A co-lead invites a member (of any organisation) with a role; the invitee answers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long invite(long groupId, long memberId, GroupRole role) {
        access.requireLead(groupId);
        if (jdbc.sql("select count(*) from member where id = :id and status = 'ACTIVE'").param("id", memberId).query(Integer.class)
                .single() == 0) {
            throw new GroupRefused("group.member.unknown");
        }
        return ask(groupId, memberId, "INVITATION", role, currentMember.require().memberId());
    }

    private long ask(long groupId, long memberId, String kind, GroupRole role, @Nullable Long invitedBy) {
        lockGroup(groupId);
        if (access.roleOf(groupId, memberId) != null) {
            throw new GroupRefused("group.member.already");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into working_group_request (group_id, member_id, kind, role, invited_by, created_at)
                    values (:group, :member, :kind, :role, :by, :now)""")
                    .param("group", groupId).param("member", memberId).param("kind", kind).param("role", role.name())
                    .param("by", invitedBy).param("now", Timestamp.from(clock.instant())).update(key);
        } catch (DuplicateKeyException pending) {
            throw new GroupRefused("group.request.pending");
        }
        return key.getKey().longValue();
    }

    /**
     * Answers a request (co-leads) or an invitation (the invitee). Accepting makes the member join
     * with the role asked for; either way the request is gone.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void answer(long requestId, boolean accept) {
        record Request(long groupId, long memberId, String kind, GroupRole role) {
        }
        Request request = jdbc.sql("select group_id, member_id, kind, role from working_group_request where id = :id for update")
                .param("id", requestId)
                .query((rs, n) -> new Request(rs.getLong(1), rs.getLong(2), rs.getString(3), GroupRole.valueOf(rs.getString(4))))
                .optional().orElseThrow(() -> new GroupRefused("group.request.gone"));
        long me = currentMember.require().memberId();
        if (request.kind().equals("INVITATION") ? request.memberId() != me : access.roleOf(request.groupId(), me) != GroupRole.CO_LEAD) {
            throw new AccessDeniedException("Not for member " + me + " to answer request " + requestId);
        }
        jdbc.sql("delete from working_group_request where id = :id").param("id", requestId).update();
        if (accept) {
            jdbc.sql("insert ignore into working_group_member (group_id, member_id, role, joined_at) values (:group, :member, :role, :now)")
                    .param("group", request.groupId()).param("member", request.memberId()).param("role", request.role().name())
                    .param("now", Timestamp.from(clock.instant())).update();
        }
    }

    /** Co-leads change a member's role; the group always keeps a co-lead. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeRole(long groupId, long memberId, GroupRole role) {
        access.requireLead(groupId);
        lockGroup(groupId);
        GroupRole current = access.roleOf(groupId, memberId);
        if (current == null) {
            throw new GroupRefused("group.member.gone");
        }
        if (current == GroupRole.CO_LEAD && role != GroupRole.CO_LEAD && coLeads(groupId) == 1) {
            throw new GroupRefused("group.lead.last");
        }
        jdbc.sql("update working_group_member set role = :role where group_id = :group and member_id = :member")
                .param("role", role.name()).param("group", groupId).param("member", memberId).update();
    }

    /** A member leaves, or a co-lead removes them; the last co-lead stays until another is named. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long groupId, long memberId) {
        if (memberId != currentMember.require().memberId()) {
            access.requireLead(groupId);
        }
        lockGroup(groupId);
        if (access.roleOf(groupId, memberId) == GroupRole.CO_LEAD && coLeads(groupId) == 1) {
            throw new GroupRefused("group.lead.last");
        }
        jdbc.sql("delete from working_group_member where group_id = :group and member_id = :member")
                .param("group", groupId).param("member", memberId).update();
    }

    /** Active members whose name starts like {@code text}, for inviting. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GroupPage.Person> candidates(long groupId, String text) {
        access.requireLead(groupId);
        return jdbc.sql("""
                select m.id, m.display_name from member m
                where m.status = 'ACTIVE' and m.display_name like :text
                  and not exists (select 1 from working_group_member x where x.group_id = :group and x.member_id = m.id)
                order by m.display_name limit 20""")
                .param("text", text.strip().replace("%", "").replace("_", "") + "%").param("group", groupId)
                .query((rs, n) -> new GroupPage.Person(rs.getLong(1), rs.getString(2), GroupRole.MEMBER)).list();
    }

    private void lockGroup(long groupId) {
        jdbc.sql("select id from working_group where id = :id for update").param("id", groupId).query(Long.class).optional()
                .orElseThrow(() -> new GroupRefused("group.not-found"));
    }

    private int coLeads(long groupId) {
        return jdbc.sql("select count(*) from working_group_member where group_id = :group and role = 'CO_LEAD'")
                .param("group", groupId).query(Integer.class).single();
    }

    private List<GroupPage.Pending> pending(long groupId) {
        return jdbc.sql("""
                select r.id, m.id, m.display_name, r.kind, r.role from working_group_request r join member m on m.id = r.member_id
                where r.group_id = :group and m.status = 'ACTIVE' order by r.created_at, r.id""")
                .param("group", groupId)
                .query((rs, n) -> new GroupPage.Pending(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4).equals("INVITATION"), GroupRole.valueOf(rs.getString(5))))
                .list();
    }

    private static @Nullable GroupRole role(@Nullable String role) {
        return role == null ? null : GroupRole.valueOf(role);
    }

}
