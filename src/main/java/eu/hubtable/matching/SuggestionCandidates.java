package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.SuggestionRules.Candidate;
import eu.hubtable.matching.SuggestionRules.Seeker;
import eu.hubtable.matching.internal.SuggestionIndex;
import eu.hubtable.matching.internal.SuggestionIndex.Proposal;
import eu.hubtable.matching.internal.SuggestionIndex.Proposals;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What could be suggested to a member: the {@link SuggestionIndex} proposes the best few people,
 * organisations and posts (whose skills or live posts' tags equal a phrase of what the member
 * needs, who need what the member offers, or who are in the same city); their rows are then read
 * from MariaDB for the rules to give reasons. Contacts (asked, accepted or declined), dismissed
 * suggestions, oneself, one's own organisations and posts never come back.
 */
@Component
class SuggestionCandidates {

    private final JdbcClient jdbc;
    private final SuggestionIndex index;

    SuggestionCandidates(JdbcClient jdbc, SuggestionIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** The member as the rules see them, and the phrases of what they need and offer. */
    record Me(long id, Seeker seeker, Set<String> needs, Set<String> offers) {
    }

    /** Everything a member's suggestions are made of: the proposals, read back from the database. */
    record Found(List<Candidate> people, List<Candidate> organisations, List<Candidate> posts) {
    }

    Me me(long memberId, LocalDate today) {
        record Row(@Nullable String city, @Nullable String country, @Nullable String need, @Nullable String offer) {
        }
        Row row = jdbc.sql("select city, country_code, need, offer from member where id = :id").param("id", memberId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
        List<Sector> sectors = jdbc.sql("select sector from member_sector where member_id = :id order by sector")
                .param("id", memberId).query(String.class).list().stream().map(Sector::valueOf).toList();
        List<String> languages = jdbc.sql("select language from member_language where member_id = :id order by language")
                .param("id", memberId).query(String.class).list();
        Set<String> needs = new LinkedHashSet<>(Phrases.of(row.need()));
        Set<String> offers = new LinkedHashSet<>(jdbc.sql("select skill from member_skill where member_id = :id")
                .param("id", memberId).query(String.class).list());
        offers.addAll(Phrases.of(row.offer()));
        jdbc.sql("""
                select p.direction, p.title, t.tag from post p left join post_tag t on t.post_id = p.id
                where p.author_id = :id and p.expires_on >= :today""").param("id", memberId).param("today", today)
                .query(rs -> {
                    Set<String> into = "NEED".equals(rs.getString(1)) ? needs : offers;
                    into.addAll(Phrases.of(rs.getString(2)));
                    if (rs.getString(3) != null) {
                        into.add(rs.getString(3));
                    }
                });
        return new Me(memberId, new Seeker(sectors, languages, row.city(), row.country()), needs, offers);
    }

    Found find(Me me, LocalDate today, Map<SuggestionKind, Set<Long>> dismissed) {
        Set<Long> contacts = new HashSet<>(jdbc.sql("""
                select case when requester_id = :me then recipient_id else requester_id end from contact_request
                where requester_id = :me or recipient_id = :me""").param("me", me.id()).query(Long.class).list());
        contacts.addAll(dismissed.get(SuggestionKind.MEMBER));
        Set<Long> organisations = new HashSet<>(jdbc.sql("select organisation_id from organisation_membership where member_id = :me")
                .param("me", me.id()).query(Long.class).list());
        organisations.addAll(dismissed.get(SuggestionKind.ORGANISATION));
        Seeker seeker = me.seeker();
        Proposals proposals = index.propose(new SuggestionIndex.Query(me.id(), Set.copyOf(seeker.sectors()), seeker.languages(),
                seeker.city(), seeker.countryCode(), me.needs(), me.offers(), today, contacts, organisations,
                dismissed.get(SuggestionKind.POST)));
        return new Found(people(proposals.people()), organisations(proposals.organisations()), posts(proposals.posts(), today));
    }

    private List<Candidate> people(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        Map<Long, Proposal> byId = byId(proposals);
        Map<Long, Set<Sector>> sectors = sectors("select member_id, sector from member_sector where member_id in (:ids)", byId.keySet());
        Map<Long, Set<String>> languages = new HashMap<>();
        jdbc.sql("select member_id, language from member_language where member_id in (:ids)").param("ids", byId.keySet())
                .query(rs -> {
                    languages.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                });
        return jdbc.sql("select id, display_name, headline, city, country_code from member where id in (:ids) and status = 'ACTIVE'")
                .param("ids", byId.keySet())
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    Proposal proposal = byId.get(id);
                    return new Candidate(SuggestionKind.MEMBER, id, rs.getString(2), rs.getString(3), id,
                            sectors.getOrDefault(id, Set.of()), languages.getOrDefault(id, Set.of()), rs.getString(4), rs.getString(5),
                            proposal.theyOffer(), proposal.theyNeed());
                }).list();
    }

    private List<Candidate> organisations(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        Map<Long, Proposal> byId = byId(proposals);
        Map<Long, Set<Sector>> sectors = sectors("select organisation_id, sector from organisation_sector where organisation_id in (:ids)",
                byId.keySet());
        return jdbc.sql("select id, name, city, country_code from organisation where id in (:ids)").param("ids", byId.keySet())
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    Proposal proposal = byId.get(id);
                    return new Candidate(SuggestionKind.ORGANISATION, id, rs.getString(2), rs.getString(3), 0,
                            sectors.getOrDefault(id, Set.of()), Set.of(), rs.getString(3), rs.getString(4),
                            proposal.theyOffer(), proposal.theyNeed());
                }).list();
    }

    private List<Candidate> posts(List<Proposal> proposals, LocalDate today) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        Map<Long, Proposal> byId = byId(proposals);
        Map<Long, Set<Sector>> sectors = sectors("select post_id, sector from post_sector where post_id in (:ids)", byId.keySet());
        return jdbc.sql("""
                select p.id, p.title, m.display_name, p.author_id, p.language, p.city, p.country_code
                from post p join member m on m.id = p.author_id
                where p.id in (:ids) and p.expires_on >= :today and m.status = 'ACTIVE'""")
                .param("ids", byId.keySet()).param("today", today)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    Proposal proposal = byId.get(id);
                    return new Candidate(SuggestionKind.POST, id, rs.getString(2), rs.getString(3), rs.getLong(4),
                            sectors.getOrDefault(id, Set.of()), rs.getString(5) == null ? Set.of() : Set.of(rs.getString(5)),
                            rs.getString(6), rs.getString(7), proposal.theyOffer(), proposal.theyNeed());
                }).list();
    }

    private static Map<Long, Proposal> byId(List<Proposal> proposals) {
        return proposals.stream().collect(Collectors.toMap(Proposal::id, Function.identity()));
    }

    private Map<Long, Set<Sector>> sectors(String sql, Collection<Long> ids) {
        Map<Long, Set<Sector>> sectors = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            sectors.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(Sector.valueOf(rs.getString(2)));
        });
        return sectors;
    }
}
