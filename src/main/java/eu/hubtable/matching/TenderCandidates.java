package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposes members and organisations for an open role by explicit rules ({@link ReasonKind}). Each
 * rule is one indexed lookup (sector, skill, live offer tag or sector, the lead's contacts) that
 * yields (party, reason) rows; MariaDB adds up the points and returns only the best few, with their
 * reasons, in one statement per kind of party. A contact alone proposes nobody: it only informs.
 */
@Component
class TenderCandidates {

    private final JdbcClient jdbc;

    TenderCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Candidate> forRole(long roleId, long leadId, Set<Sector> sectors, Set<String> skills, LocalDate today, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("role", roleId).addValue("lead", leadId)
                .addValue("today", today).addValue("limit", limit)
                .addValue("sectors", sectors.stream().map(Sector::name).toList()).addValue("skills", List.copyOf(skills));
        List<Candidate> found = new ArrayList<>(members(sectors, skills, params));
        found.addAll(organisations(sectors, skills, params));
        return found.stream().sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::name))
                .limit(limit).toList();
    }

    private List<Candidate> members(Set<Sector> sectors, Set<String> skills, MapSqlParameterSource params) {
        List<String> rules = new ArrayList<>();
        if (!sectors.isEmpty()) {
            rules.add("select ms.member_id as party, 'SECTOR' as kind, ms.sector as arg from member_sector ms where ms.sector in (:sectors)");
            rules.add("""
                    select p.author_id, 'OFFER_SECTOR', s.sector from post_sector s join post p on p.id = s.post_id
                    where s.sector in (:sectors) and p.direction = 'OFFER' and p.expires_on >= :today""");
        }
        if (!skills.isEmpty()) {
            rules.add("select sk.member_id, 'SKILL', sk.skill from member_skill sk where sk.skill in (:skills)");
            rules.add("""
                    select p.author_id, 'OFFER_TAG', t.tag from post_tag t join post p on p.id = t.post_id
                    where t.tag in (:skills) and p.direction = 'OFFER' and p.expires_on >= :today""");
        }
        if (rules.isEmpty()) {
            return List.of();
        }
        rules.add("select c.recipient_id, 'CONTACT', '' from contact_request c where c.requester_id = :lead and c.status = 'ACCEPTED'");
        rules.add("select c.requester_id, 'CONTACT', '' from contact_request c where c.recipient_id = :lead and c.status = 'ACCEPTED'");
        return jdbc.sql("select r.party, m.display_name as name, " + score() + ", " + reasons() + " from (" + String.join(" union ", rules)
                        + """
                        ) r join member m on m.id = r.party
                        where m.status = 'ACTIVE' and r.party <> :lead
                          and not exists (select 1 from tender_invitation i where i.role_id = :role and i.member_id = r.party)
                        group by r.party, m.display_name having sum(r.kind <> 'CONTACT') > 0
                        order by score desc, m.display_name, r.party limit :limit""")
                .paramSource(params).query((rs, n) -> candidate(PartyKind.MEMBER, rs)).list();
    }

    private List<Candidate> organisations(Set<Sector> sectors, Set<String> skills, MapSqlParameterSource params) {
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
                        order by score desc, o.name, r.party limit :limit""")
                .paramSource(params).query((rs, n) -> candidate(PartyKind.ORGANISATION, rs)).list();
    }

    /** The points of the matched rules: the same table as {@link ReasonKind#points()}. */
    private static String score() {
        StringBuilder sql = new StringBuilder("sum(case r.kind");
        for (ReasonKind kind : ReasonKind.values()) {
            sql.append(" when '").append(kind.name()).append("' then ").append(kind.points());
        }
        return sql.append(" else 0 end) as score").toString();
    }

    private static String reasons() {
        return "group_concat(concat(r.kind, ':', r.arg) order by r.kind = 'CONTACT', r.kind, r.arg separator '\\n') as reasons";
    }

    private static Candidate candidate(PartyKind kind, java.sql.ResultSet rs) throws java.sql.SQLException {
        List<Candidate.Reason> reasons = Arrays.stream(rs.getString("reasons").split("\n"))
                .map(reason -> reason.split(":", 2))
                .map(parts -> new Candidate.Reason(ReasonKind.valueOf(parts[0]), parts[1]))
                .sorted(Comparator.comparingInt((Candidate.Reason reason) -> -reason.kind().points()))
                .toList();
        return new Candidate(kind, rs.getLong(1), rs.getString(2), rs.getInt("score"), reasons);
    }
}
