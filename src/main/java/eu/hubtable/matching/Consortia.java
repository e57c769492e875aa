package eu.hubtable.matching;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.TenderRejected.Field;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tender consortia. A member opens a tender card with the roles the bid needs, hubtable proposes
 * candidates for each open role with its reasons, the lead invites members or organisations, and the
 * invited answer. One accepted party fills a role (the database keeps it to one); when the last role
 * is filled the consortium is formed and {@link ConsortiumFormed} is published, once, under the
 * tender row's lock. Only the lead and the invited see a card ({@link TenderAccess}).
 */
@Service
public class Consortia {

    public static final int MAX_TITLE = 160;
    public static final int MAX_BUYER = 160;
    public static final int MAX_LINK = 500;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_ROLES = 12;
    public static final int MAX_ROLE_NAME = 120;
    public static final int MAX_SKILLS = 10;
    public static final int MAX_SKILL = 60;
    public static final int MAX_NOTE = 500;
    public static final int CANDIDATES = 10;

    private final JdbcClient jdbc;
    private final TenderAccess access;
    private final TenderCandidates candidates;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TenderTeam team;
    private final TenderMail mail;

    Consortia(JdbcClient jdbc, TenderAccess access, TenderCandidates candidates, TenderTeam team, CurrentMember currentMember,
            ApplicationEventPublisher events, Clock clock, TenderMail mail) {
        this.team = team;
        this.mail = mail;
        this.jdbc = jdbc;
        this.access = access;
        this.candidates = candidates;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a tender card led by me, with at least one role. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long open(TenderForm form, List<TenderRoleForm> roles) {
        long me = currentMember.require().memberId();
        Map<Field, String> problems = new EnumMap<>(form.problems(today()));
        if (roles.isEmpty()) {
            problems.put(Field.ROLES, "tender.roles.required");
        } else if (roles.size() > MAX_ROLES) {
            problems.put(Field.ROLES, "tender.roles.too-many");
        }
        roles.forEach(role -> problems.putAll(role.problems()));
        reject(problems);
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into tender (lead_id, title, buyer, deadline, link, budget_min, budget_max, description, created_at, updated_at)
                values (:me, :title, :buyer, :deadline, :link, :min, :max, :description, :now, :now)""")
                .paramSource(fields(form).addValue("me", me).addValue("now", now)).update(key);
        long tenderId = key.getKey().longValue();
        roles.forEach(role -> insertRole(tenderId, role, now));
        return tenderId;
    }

    /**
     * Saves the lead's changes to the card. Saved over a newer version (the card changed in another
     * tab meanwhile), it is refused with {@link Field#VERSION}: the caller keeps what was typed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void update(long tenderId, TenderForm form) {
        access.requireLead(tenderId, currentMember.require().memberId());
        reject(form.problems(today()));
        int changed = jdbc.sql("""
                update tender set title = :title, buyer = :buyer, deadline = :deadline, link = :link, budget_min = :min,
                       budget_max = :max, description = :description, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .paramSource(fields(form).addValue("now", Timestamp.from(clock.instant())).addValue("id", tenderId)
                        .addValue("version", form.version()))
                .update();
        if (changed == 0) {
            throw new TenderRejected(Map.of(Field.VERSION, "tender.changed-elsewhere"));
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long addRole(long tenderId, TenderRoleForm role) {
        access.requireLead(tenderId, currentMember.require().memberId());
        Locked tender = lock(tenderId);
        if (tender.formed()) {
            throw new TenderRefused("tender.formed");
        }
        Map<Field, String> problems = new EnumMap<>(role.problems());
        if (tender.roles() >= MAX_ROLES) {
            problems.put(Field.ROLES, "tender.roles.too-many");
        }
        reject(problems);
        return insertRole(tenderId, role, Timestamp.from(clock.instant()));
    }

    /** Removes a role and its invitations; if every remaining role is filled, the consortium is formed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeRole(long roleId) {
        long tenderId = tenderOfRole(roleId);
        access.requireLead(tenderId, currentMember.require().memberId());
        Locked tender = lock(tenderId);
        if (tender.formed()) {
            throw new TenderRefused("tender.formed");
        }
        if (tender.roles() <= 1) {
            throw new TenderRefused("tender.roles.last");
        }
        jdbc.sql("delete from tender_role where id = :id").param("id", roleId).update();
        formIfComplete(tenderId);
    }

    /** The card, for its lead and its invitees; anyone else is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TenderCard card(long tenderId) {
        long me = currentMember.require().memberId();
        access.requireSees(tenderId, me);
        Map<Long, List<TenderCard.Invitation>> invitations = new LinkedHashMap<>();
        jdbc.sql("""
                select i.id, i.role_id, i.member_id, i.organisation_id, coalesce(m.display_name, o.name) as party, i.note, i.status,
                       (i.member_id = :me or exists (select 1 from organisation_membership om where om.organisation_id = i.organisation_id
                                                     and om.role = 'MANAGER' and om.member_id = :me)) as answerable
                from tender_invitation i left join member m on m.id = i.member_id left join organisation o on o.id = i.organisation_id
                where i.tender_id = :tender order by i.status = 'ACCEPTED' desc, i.id""")
                .param("tender", tenderId).param("me", me)
                .query(rs -> {
                    long memberId = rs.getLong("member_id");
                    boolean member = !rs.wasNull();
                    invitations.computeIfAbsent(rs.getLong("role_id"), id -> new ArrayList<>()).add(new TenderCard.Invitation(
                            rs.getLong("id"), member ? PartyKind.MEMBER : PartyKind.ORGANISATION,
                            member ? memberId : rs.getLong("organisation_id"), rs.getString("party"), rs.getString("note"),
                            InvitationStatus.valueOf(rs.getString("status")), rs.getBoolean("answerable")));
                });
        List<TenderCard.Role> roles = jdbc.sql("""
                select r.id, r.name,
                       (select group_concat(s.sector order by s.sector) from tender_role_sector s where s.role_id = r.id) as sectors,
                       (select group_concat(k.skill order by k.skill separator '\\n') from tender_role_skill k where k.role_id = r.id) as skills
                from tender_role r where r.tender_id = :tender order by r.id""")
                .param("tender", tenderId)
                .query((rs, n) -> new TenderCard.Role(rs.getLong("id"), rs.getString("name"), sectors(rs.getString("sectors")),
                        rs.getString("skills") == null ? List.of() : List.of(rs.getString("skills").split("\n")),
                        List.copyOf(invitations.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        boolean team = access.inTeam(tenderId, me);
        return jdbc.sql("""
                select t.*, m.display_name as lead_name from tender t join member m on m.id = t.lead_id where t.id = :id""")
                .param("id", tenderId)
                .query((rs, n) -> new TenderCard(rs.getLong("id"), rs.getLong("version"), rs.getString("title"), rs.getString("buyer"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("link"), rs.getBigDecimal("budget_min"),
                        rs.getBigDecimal("budget_max"), rs.getString("currency"), rs.getString("description"), rs.getLong("lead_id"),
                        rs.getString("lead_name"), instant(rs.getTimestamp("formed_at")), roles, rs.getLong("lead_id") == me, team))
                .single();
    }

    /** Members and organisations proposed for an open role, best first, with their reasons (the lead only). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoleCandidate> candidates(long roleId) {
        long tenderId = tenderOfRole(roleId);
        long me = currentMember.require().memberId();
        access.requireLead(tenderId, me);
        if (roleFilled(roleId)) {
            return List.of();
        }
        Set<Sector> sectors = new LinkedHashSet<>(jdbc.sql("select sector from tender_role_sector where role_id = :id")
                .param("id", roleId).query(String.class).list().stream().map(Sector::valueOf).toList());
        Set<String> skills = new LinkedHashSet<>(jdbc.sql("select skill from tender_role_skill where role_id = :id")
                .param("id", roleId).query(String.class).list());
        return candidates.forRole(roleId, me, sectors, skills, today(), CANDIDATES);
    }

    /**
     * The lead invites a member or an organisation to a role, with a note. The same party twice to
     * the same role is refused (the database's unique keys decide, even for two simultaneous clicks).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long invite(long roleId, PartyKind kind, long partyId, @Nullable String note) {
        long tenderId = tenderOfRole(roleId);
        long me = currentMember.require().memberId();
        access.requireLead(tenderId, me);
        Locked tender = lock(tenderId);
        if (tender.deadline().isBefore(today())) {
            throw new TenderRefused("tender.deadline.passed");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_NOTE) {
            throw new TenderRefused("tender.note.too-long");
        }
        if (roleFilled(roleId)) {
            throw new TenderRefused("tender.role.filled");
        }
        if (kind == PartyKind.MEMBER && (partyId == me || !exists("select count(*) from member where id = :id and status = 'ACTIVE'", partyId))) {
            throw new TenderRefused("tender.invite.unknown");
        }
        if (kind == PartyKind.ORGANISATION && !exists(
                "select count(*) from organisation_membership where organisation_id = :id and role = 'MANAGER'", partyId)) {
            throw new TenderRefused("tender.invite.no-manager");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into tender_invitation (tender_id, role_id, member_id, organisation_id, note, invited_at)
                    values (:tender, :role, :member, :organisation, :note, :now)""")
                    .param("tender", tenderId).param("role", roleId)
                    .param("member", kind == PartyKind.MEMBER ? partyId : null)
                    .param("organisation", kind == PartyKind.ORGANISATION ? partyId : null)
                    .param("note", text).param("now", Timestamp.from(clock.instant()))
                    .update(key);
        } catch (DuplicateKeyException twice) {
            throw new TenderRefused("tender.invite.twice");
        }
        // an invitation nobody hears of waits for ever: the member, or every manager of the organisation, is told
        List<Long> recipients = kind == PartyKind.MEMBER ? List.of(partyId) : jdbc.sql(
                "select member_id from organisation_membership where organisation_id = :id and role = 'MANAGER'")
                .param("id", partyId).query(Long.class).list();
        recipients.forEach(recipient -> mail.invited(tenderId, roleId, recipient, me, text));
        return key.getKey().longValue();
    }

    /** I accept (for me, or for an organisation I manage): the role is filled, unless someone else filled it first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void accept(long invitationId) {
        long tenderId = answerable(invitationId);
        lock(tenderId);
        long roleId = jdbc.sql("select role_id from tender_invitation where id = :id").param("id", invitationId)
                .query(Long.class).single();
        if (roleFilled(roleId)) {
            throw new TenderRefused("tender.role.filled");
        }
        try {
            answer(invitationId, InvitationStatus.ACCEPTED);
        } catch (DuplicateKeyException filledMeanwhile) {
            throw new TenderRefused("tender.role.filled");
        }
        formIfComplete(tenderId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void decline(long invitationId) {
        answerable(invitationId);
        answer(invitationId, InvitationStatus.DECLINED);
    }

    /** Tender cards I lead or am invited to (in person or through an organisation I manage), next deadline first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TenderSummary> mine() {
        long me = currentMember.require().memberId();
        return jdbc.sql("""
                select t.id, t.title, t.buyer, t.deadline, m.display_name, t.lead_id, t.formed_at,
                       (select count(*) from tender_role r where r.tender_id = t.id) as roles,
                       (select count(*) from tender_invitation i where i.tender_id = t.id and i.status = 'ACCEPTED') as filled
                from tender t join member m on m.id = t.lead_id
                where t.id in (""" + TenderAccess.VISIBLE + ") order by t.deadline, t.id limit 200")
                .param("me", me)
                .query((rs, n) -> new TenderSummary(rs.getLong("id"), rs.getString("title"), rs.getString("buyer"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("display_name"), rs.getLong("lead_id") == me,
                        rs.getInt("roles"), rs.getInt("filled"), rs.getTimestamp("formed_at") != null))
                .list();
    }

    /** Invitations waiting for my answer, to me or to organisations I manage, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TenderInvitationCard> invitations() {
        return jdbc.sql("""
                select i.id, t.id as tender_id, t.title, t.buyer, t.deadline, r.name as role, m.display_name as lead, o.name as organisation, i.note
                from tender_invitation i join tender t on t.id = i.tender_id join tender_role r on r.id = i.role_id
                     join member m on m.id = t.lead_id left join organisation o on o.id = i.organisation_id
                where i.status = 'PENDING' and (i.member_id = :me or i.organisation_id in (
                      select om.organisation_id from organisation_membership om where om.member_id = :me and om.role = 'MANAGER'))
                order by i.invited_at, i.id limit 200""")
                .param("me", currentMember.require().memberId())
                .query((rs, n) -> new TenderInvitationCard(rs.getLong("id"), rs.getLong("tender_id"), rs.getString("title"),
                        rs.getString("buyer"), rs.getObject("deadline", LocalDate.class), rs.getString("role"), rs.getString("lead"),
                        rs.getString("organisation"), rs.getString("note")))
                .list();
    }

    /**
     * The team sheet (the lead and the accepted parties only): every role with each party invited to
     * it, or none yet. Emails show for accepted parties only.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TeamRow> team(long tenderId) {
        access.requireTeam(tenderId, currentMember.require().memberId());
        return team.rows(tenderId);
    }

    /** The team sheet as CSV (UTF-8, spreadsheet-safe), headers and statuses in the reader's language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String teamCsv(long tenderId, Locale locale) {
        access.requireTeam(tenderId, currentMember.require().memberId());
        return team.csv(team.rows(tenderId), locale);
    }

    private record Locked(LocalDate deadline, boolean formed, int roles) {
    }

    /** Locks the tender row: answers, role changes and the formation decision on one tender happen one at a time. */
    private Locked lock(long tenderId) {
        return jdbc.sql("""
                select deadline, formed_at is not null, (select count(*) from tender_role r where r.tender_id = t.id)
                from tender t where t.id = :id for update""")
                .param("id", tenderId)
                .query((rs, n) -> new Locked(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getInt(3)))
                .optional().orElseThrow(() -> new TenderRefused("tender.not-found"));
    }

    /** Called under the tender's lock: when no role is left open, the consortium is formed (once). */
    private void formIfComplete(long tenderId) {
        int open = jdbc.sql("""
                select count(*) from tender_role r where r.tender_id = :tender
                  and not exists (select 1 from tender_invitation i where i.role_id = r.id and i.status = 'ACCEPTED')""")
                .param("tender", tenderId).query(Integer.class).single();
        if (open > 0) {
            return;
        }
        Instant now = clock.instant();
        int formed = jdbc.sql("update tender set formed_at = :now where id = :id and formed_at is null")
                .param("now", Timestamp.from(now)).param("id", tenderId).update();
        if (formed == 0) {
            return;
        }
        List<Long> members = new ArrayList<>();
        List<Long> organisations = new ArrayList<>();
        jdbc.sql("select member_id, organisation_id from tender_invitation where tender_id = :tender and status = 'ACCEPTED' order by role_id")
                .param("tender", tenderId).query(rs -> {
                    long member = rs.getLong(1);
                    if (!rs.wasNull()) {
                        members.add(member);
                    } else {
                        organisations.add(rs.getLong(2));
                    }
                });
        events.publishEvent(new ConsortiumFormed(tenderId, access.leadOf(tenderId), List.copyOf(members), List.copyOf(organisations), now));
    }

    private long answerable(long invitationId) {
        long tenderId = jdbc.sql("select tender_id from tender_invitation where id = :id").param("id", invitationId)
                .query(Long.class).optional().orElseThrow(() -> new TenderRefused("tender.invitation.gone"));
        if (!access.answers(invitationId, currentMember.require().memberId())) {
            throw new org.springframework.security.access.AccessDeniedException("Invitation " + invitationId + " is not for this member");
        }
        return tenderId;
    }

    private void answer(long invitationId, InvitationStatus status) {
        int changed = jdbc.sql("""
                update tender_invitation set status = :status, answered_at = :now, answered_by = :me, version = version + 1
                where id = :id and status = 'PENDING'""")
                .param("status", status.name()).param("now", Timestamp.from(clock.instant()))
                .param("me", currentMember.require().memberId()).param("id", invitationId).update();
        if (changed == 0) {
            throw new TenderRefused("tender.invitation.answered");
        }
    }

    private long insertRole(long tenderId, TenderRoleForm role, Timestamp now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into tender_role (tender_id, name, created_at) values (:tender, :name, :now)")
                .param("tender", tenderId).param("name", role.name().strip()).param("now", now).update(key);
        long roleId = key.getKey().longValue();
        role.sectors().forEach(sector -> jdbc.sql("insert into tender_role_sector (role_id, sector) values (:role, :sector)")
                .param("role", roleId).param("sector", sector.name()).update());
        skills(role.skills()).forEach(skill -> jdbc.sql("insert into tender_role_skill (role_id, skill) values (:role, :skill)")
                .param("role", roleId).param("skill", skill).update());
        return roleId;
    }

    private long tenderOfRole(long roleId) {
        return jdbc.sql("select tender_id from tender_role where id = :id").param("id", roleId).query(Long.class).optional()
                .orElseThrow(() -> new TenderRefused("tender.role.gone"));
    }

    private boolean roleFilled(long roleId) {
        return exists("select count(*) from tender_invitation where role_id = :id and status = 'ACCEPTED'", roleId);
    }

    private boolean exists(String countSql, long id) {
        return jdbc.sql(countSql).param("id", id).query(Integer.class).single() > 0;
    }

    /** Skills as members' profiles keep them: trimmed, single-spaced, lower case. */
    static Set<String> skills(Set<String> skills) {
        Set<String> clean = new LinkedHashSet<>();
        skills.stream().map(skill -> skill.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).filter(skill -> !skill.isEmpty())
                .forEach(clean::add);
        return clean;
    }

    private static void reject(Map<Field, String> problems) {
        if (!problems.isEmpty()) {
            throw new TenderRejected(problems);
        }
    }

    private static MapSqlParameterSource fields(TenderForm form) {
        return new MapSqlParameterSource().addValue("title", form.title().strip()).addValue("buyer", form.buyer().strip())
                .addValue("deadline", form.deadline()).addValue("link", form.link().strip())
                .addValue("min", form.budgetMin()).addValue("max", form.budgetMax())
                .addValue("description", form.description() == null || form.description().isBlank() ? null : form.description().strip());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static List<Sector> sectors(@Nullable String names) {
        return names == null ? List.of() : Arrays.stream(names.split(",")).map(Sector::valueOf).toList();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
