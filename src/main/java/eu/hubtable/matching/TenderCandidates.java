package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposes members and organisations for an open role by explicit rules ({@link TenderReason}). Each
 * rule is one indexed lookup (sector, skill, live offer tag or sector, the lead's contacts) that
 * yields (party, points) rows; MariaDB adds up the points and returns only the best few, whose
 * reasons are read after. Equal scores go to members before organisations, then to the earlier
 * registered. A contact alone proposes nobody: it only informs.
 */
@Component
class TenderCandidates {

    /** Live offers in one of the role's sectors, one row per author and sector. */
    private static final String OFFER_SECTORS = """
            select distinct p.author_id, s.sector from post_sector s join post p on p.id = s.post_id
            where s.sector in (:sectors) and p.direction = 'OFFER' and p.expires_on >= :today""";
    /** Live offers tagged with one of the role's skills, one row per author and tag. */
    private static final String OFFER_TAGS = """
            select distinct p.author_id, t.tag from post_tag t join post p on p.id = t.post_id
            where t.tag in (:skills) and p.direction = 'OFFER' and p.expires_on >= :today""";

    private final JdbcClient jdbc;

    TenderCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoleCandidate> forRole(long roleId, long leadId, Set<Sector> sectors, Set<String> skills, LocalDate today, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("role", roleId).addValue("lead", leadId)
                .addValue("today", today).addValue("limit", limit)
                .addValue("sectors", sectors.stream().map(Sector::name).toList()).addValue("skills", List.copyOf(skills));
        List<RoleCandidate> found = new ArrayList<>(members(sectors, skills, params));
        found.addAll(organisations(sectors, skills, params));
        return found.stream().sorted(Comparator.comparingInt(RoleCandidate::score).reversed().thenComparing(RoleCandidate::kind).thenComparingLong(RoleCandidate::id))
                .limit(limit).toList();
    }

    /**
     * Two statements. The first adds up each member's points over plain (member, points) rows, so
     * MariaDB groups integers only, and keeps the best few; the members it may not propose (the lead
     * and those invited already: a known few) are dropped after, from a list wide enough to leave
     * {@code limit}. Erased members have no sectors, skills, posts or contacts left, so no rule finds
     * them. The second reads the reasons of those few members only.
     */
    private List<RoleCandidate> members(Set<Sector> sectors, Set<String> skills, MapSqlParameterSource params) {
        List<String> rules = new ArrayList<>();
        if (!sectors.isEmpty()) {
            rules.add("select ms.member_id as party, " + TenderReason.SECTOR.points() + " as points, 1 as strong"
                    + " from member_sector ms where ms.sector in (:sectors)");
            rules.add("select x.author_id, " + TenderReason.OFFER_SECTOR.points() + ", 1 from (" + OFFER_SECTORS + ") x");
        }
        if (!skills.isEmpty()) {
            rules.add("select sk.member_id, " + TenderReason.SKILL.points() + ", 1 from member_skill sk where sk.skill in (:skills)");
            rules.add("select x.author_id, " + TenderReason.OFFER_TAG.points() + ", 1 from (" + OFFER_TAGS + ") x");
        }
        if (rules.isEmpty()) {
            return List.of();
        }
        rules.add("select c.recipient_id, " + TenderReason.CONTACT.points() + ", 0 from contact_request c where c.requester_id = :lead and c.status = 'ACCEPTED'");
        rules.add("select c.requester_id, " + TenderReason.CONTACT.points() + ", 0 from contact_request c where c.recipient_id = :lead and c.status = 'ACCEPTED'");
        int invited = jdbc.sql("select count(*) from tender_invitation where role_id = :role and member_id is not null")
                .paramSource(params).query(Integer.class).single();
        record Ranked(long id, String name) {
        }
        List<Ranked> ranked = jdbc.sql("select g.party, m.display_name from (select r.party, sum(r.points) as score from ("
                        + String.join(" union all ", rules) + """
                        ) r group by r.party having max(r.strong) = 1 order by score desc, r.party limit :wide) g
                        join member m on m.id = g.party
                        where m.status = 'ACTIVE' and g.party <> :lead
                          and not exists (select 1 from tender_invitation i where i.role_id = :role and i.member_id = g.party)
                        order by g.score desc, g.party limit :limit""")
                .paramSource(new MapSqlParameterSource(params.getValues()).addValue("wide", ((Integer) params.getValue("limit")) + invited + 1))
                .query((rs, n) -> new Ranked(rs.getLong(1), rs.getString(2))).list();
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RoleCandidate.Reason>> reasons = memberReasons(ranked.stream().map(Ranked::id).toList(), sectors, skills, params);
        return ranked.stream().map(member -> candidate(PartyKind.MEMBER, member.id(), member.name(),
                reasons.getOrDefault(member.id(), List.of()))).toList();
    }

    private Map<Long, List<RoleCandidate.Reason>> memberReasons(List<Long> ids, Set<Sector> sectors, Set<String> skills,
            MapSqlParameterSource params) {
        List<String> rules = new ArrayList<>();
        if (!sectors.isEmpty()) {
            rules.add("select ms.member_id as party, 'SECTOR' as kind, ms.sector as arg from member_sector ms"
                    + " where ms.member_id in (:ids) and ms.sector in (:sectors)");
            rules.add("select x.author_id, 'OFFER_SECTOR', x.sector from (" + OFFER_SECTORS + " and p.author_id in (:ids)) x");
        }
        if (!skills.isEmpty()) {
            rules.add("select sk.member_id, 'SKILL', sk.skill from member_skill sk where sk.member_id in (:ids) and sk.skill in (:skills)");
            rules.add("select x.author_id, 'OFFER_TAG', x.tag from (" + OFFER_TAGS + " and p.author_id in (:ids)) x");
        }
        rules.add("select c.recipient_id, 'CONTACT', '' from contact_request c"
                + " where c.requester_id = :lead and c.status = 'ACCEPTED' and c.recipient_id in (:ids)");
        rules.add("select c.requester_id, 'CONTACT', '' from contact_request c"
                + " where c.recipient_id = :lead and c.status = 'ACCEPTED' and c.requester_id in (:ids)");
        Map<Long, List<RoleCandidate.Reason>> reasons = new HashMap<>();
        jdbc.sql("select r.party, r.kind, r.arg from (" + String.join(" union ", rules) + ") r order by r.kind = 'CONTACT', r.kind, r.arg")
                .paramSource(new MapSqlParameterSource(params.getValues()).addValue("ids", ids))
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new RoleCandidate.Reason(TenderReason.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return reasons;
    }

    private List<RoleCandidate> organisations(Set<Sector> sectors, Set<String> skills, MapSqlParameterSource params) {
        List<String> rules = new ArrayList<>();
        if (!sectors.isEmpty()) {
            rules.add("""
                    select os.organisation_id as party, 'ORGANISATION_SECTOR' as kind, os.sector as arg
                    from organisation_sector os where os.sector in (:sectors)""");
        }
        if (!skills.isEmpty()) {
            rules.add("""
                    select p.organisation_id, 'ORGANISATION_OFFER', t.tag from post_tag t join post p on p.id = t.post_id
                    where t.tag in (:skills) and p.direction = 'OFFER' and p.expires_on >= :today and p.organisation_id is not null""");
        }
        if (rules.isEmpty()) {
            return List.of();
        }
        // only organisations with a manager: someone must be able to answer the invitation
        return jdbc.sql("select r.party, o.name, " + score() + ", " + reasons() + " from (" + String.join(" union ", rules) + """
                        ) r join organisation o on o.id = r.party
                        where exists (select 1 from organisation_membership om where om.organisation_id = o.id and om.role = 'MANAGER')
                          and not exists (select 1 from tender_invitation i where i.role_id = :role and i.organisation_id = r.party)
                        group by r.party, o.name
                        order by score desc, r.party limit :limit""")
                .paramSource(params).query((rs, n) -> candidate(PartyKind.ORGANISATION, rs)).list();
    }

    /** The points of the matched rules: the same table as {@link TenderReason#points()}. */
    private static String score() {
        StringBuilder sql = new StringBuilder("sum(case r.kind");
        for (TenderReason kind : TenderReason.values()) {
            sql.append(" when '").append(kind.name()).append("' then ").append(kind.points());
        }
        return sql.append(" else 0 end) as score").toString();
    }

    private static String reasons() {
        return "group_concat(concat(r.kind, ':', r.arg) order by r.kind = 'CONTACT', r.kind, r.arg separator '\\n') as reasons";
    }

    private static RoleCandidate candidate(PartyKind kind, java.sql.ResultSet rs) throws java.sql.SQLException {
        List<RoleCandidate.Reason> reasons = Arrays.stream(rs.getString("reasons").split("\n"))
                .map(reason -> reason.split(":", 2))
                .map(parts -> new RoleCandidate.Reason(TenderReason.valueOf(parts[0]), parts[1]))
                .toList();
        return candidate(kind, rs.getLong(1), rs.getString(2), reasons);
    }

    /** Strongest reasons first; the score is the sum of their points, as MariaDB ranked them. */
    private static RoleCandidate candidate(PartyKind kind, long id, String name, List<RoleCandidate.Reason> reasons) {
        List<RoleCandidate.Reason> strongestFirst = reasons.stream()
                .sorted(Comparator.comparingInt((RoleCandidate.Reason reason) -> -reason.kind().points())).toList();
        return new RoleCandidate(kind, id, name, strongestFirst.stream().mapToInt(reason -> reason.kind().points()).sum(), strongestFirst);
    }
}
