package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.SuggestionRules.Candidate;
import eu.hubtable.matching.SuggestionRules.Seeker;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds what could be suggested to a member, bounded whatever the size of the hub: people,
 * organisations and posts whose skills or live posts' tags equal a phrase of what the member needs
 * (or who need what the member offers), plus people and organisations of the same city. Each
 * source is pre-ordered by how many things match and cut at {@link #PER_SOURCE}; the rules then
 * decide among those. Contacts (asked, accepted or declined), dismissed suggestions, oneself, one's
 * own organisations and posts never come back.
 */
@Component
class SuggestionCandidates {

    static final int PER_SOURCE = 300;
    private static final int NEARBY = 150;

    private final JdbcClient jdbc;

    SuggestionCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member as the rules see them, and the phrases of what they need and offer. */
    record Me(long id, Seeker seeker, Set<String> needs, Set<String> offers) {
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
        return new Me(memberId, new Seeker(sectors, languages, row.city(), row.country()), cap(needs), cap(offers));
    }

    List<Candidate> people(Me me, LocalDate today, Set<Long> dismissed) {
        Set<Long> excluded = new HashSet<>(dismissed);
        excluded.add(me.id());
        excluded.addAll(jdbc.sql("""
                select case when requester_id = :me then recipient_id else requester_id end from contact_request
                where requester_id = :me or recipient_id = :me""").param("me", me.id()).query(Long.class).list());
        Map<Long, SortedSet<String>> offering = matches("""
                select s.member_id as k, s.skill as term from member_skill s where s.skill in (:terms)
                union all
                select p.author_id, t.tag from post_tag t join post p on p.id = t.post_id
                where t.tag in (:terms) and p.direction = 'OFFER' and p.expires_on >= :today""", me.needs(), me, today);
        Map<Long, SortedSet<String>> needing = matches("""
                select p.author_id as k, t.tag as term from post_tag t join post p on p.id = t.post_id
                where t.tag in (:terms) and p.direction = 'NEED' and p.expires_on >= :today""", me.offers(), me, today);
        Set<Long> ids = new LinkedHashSet<>(offering.keySet());
        ids.addAll(needing.keySet());
        Seeker seeker = me.seeker();
        if (seeker.countryCode() != null && seeker.city() != null) {
            ids.addAll(jdbc.sql("""
                    select id from member where country_code = :country and city = :city and status = 'ACTIVE'
                    order by id desc limit :limit""")
                    .param("country", seeker.countryCode()).param("city", seeker.city()).param("limit", NEARBY + excluded.size())
                    .query(Long.class).list());
        }
        ids.removeAll(excluded);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Sector>> sectors = sectors("select member_id, sector from member_sector where member_id in (:ids)", ids);
        Map<Long, Set<String>> languages = new HashMap<>();
        jdbc.sql("select member_id, language from member_language where member_id in (:ids)").param("ids", ids)
                .query(rs -> {
                    languages.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                });
        return jdbc.sql("select id, display_name, headline, city, country_code from member where id in (:ids) and status = 'ACTIVE'")
                .param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Candidate(SuggestionKind.MEMBER, id, rs.getString(2), rs.getString(3), id,
                            sectors.getOrDefault(id, Set.of()), languages.getOrDefault(id, Set.of()), rs.getString(4), rs.getString(5),
                            offering.getOrDefault(id, new TreeSet<>()), needing.getOrDefault(id, new TreeSet<>()));
                }).list();
    }

    List<Candidate> organisations(Me me, LocalDate today, Set<Long> dismissed) {
        Set<Long> excluded = new HashSet<>(dismissed);
        excluded.addAll(jdbc.sql("select organisation_id from organisation_membership where member_id = :me").param("me", me.id())
                .query(Long.class).list());
        String byOrganisation = """
                select p.organisation_id as k, t.tag as term from post_tag t join post p on p.id = t.post_id
                where t.tag in (:terms) and p.direction = '%s' and p.expires_on >= :today and p.organisation_id is not null""";
        Map<Long, SortedSet<String>> offering = matches(byOrganisation.formatted("OFFER"), me.needs(), me, today);
        Map<Long, SortedSet<String>> needing = matches(byOrganisation.formatted("NEED"), me.offers(), me, today);
        Set<Long> ids = new LinkedHashSet<>(offering.keySet());
        ids.addAll(needing.keySet());
        Seeker seeker = me.seeker();
        if (seeker.countryCode() != null && seeker.city() != null) {
            ids.addAll(jdbc.sql("select id from organisation where country_code = :country and city = :city order by id desc limit :limit")
                    .param("country", seeker.countryCode()).param("city", seeker.city()).param("limit", NEARBY + excluded.size())
                    .query(Long.class).list());
        }
        ids.removeAll(excluded);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Sector>> sectors = sectors("select organisation_id, sector from organisation_sector where organisation_id in (:ids)",
                ids);
        return jdbc.sql("select id, name, city, country_code from organisation where id in (:ids)").param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Candidate(SuggestionKind.ORGANISATION, id, rs.getString(2), rs.getString(3), 0,
                            sectors.getOrDefault(id, Set.of()), Set.of(), rs.getString(3), rs.getString(4),
                            offering.getOrDefault(id, new TreeSet<>()), needing.getOrDefault(id, new TreeSet<>()));
                }).list();
    }

    List<Candidate> posts(Me me, LocalDate today, Set<Long> dismissed) {
        String byPost = """
                select t.post_id as k, t.tag as term from post_tag t join post p on p.id = t.post_id
                where t.tag in (:terms) and p.direction = '%s' and p.expires_on >= :today and p.author_id <> :me""";
        Map<Long, SortedSet<String>> offering = matches(byPost.formatted("OFFER"), me.needs(), me, today);
        Map<Long, SortedSet<String>> needing = matches(byPost.formatted("NEED"), me.offers(), me, today);
        Set<Long> ids = new LinkedHashSet<>(offering.keySet());
        ids.addAll(needing.keySet());
        ids.removeAll(dismissed);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Sector>> sectors = sectors("select post_id, sector from post_sector where post_id in (:ids)", ids);
        return jdbc.sql("""
                select p.id, p.title, m.display_name, p.author_id, p.language, p.city, p.country_code
                from post p join member m on m.id = p.author_id where p.id in (:ids)""").param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Candidate(SuggestionKind.POST, id, rs.getString(2), rs.getString(3), rs.getLong(4),
                            sectors.getOrDefault(id, Set.of()), rs.getString(5) == null ? Set.of() : Set.of(rs.getString(5)),
                            rs.getString(6), rs.getString(7), offering.getOrDefault(id, new TreeSet<>()),
                            needing.getOrDefault(id, new TreeSet<>()));
                }).list();
    }

    /**
     * Who matches which terms, those matching the most terms first, cut at {@link #PER_SOURCE}. The
     * terms are what the stored skill or tag says (its own spelling), not the phrase that found it.
     */
    private Map<Long, SortedSet<String>> matches(String rows, Set<String> terms, Me me, LocalDate today) {
        Map<Long, SortedSet<String>> found = new LinkedHashMap<>();
        if (terms.isEmpty()) {
            return found;
        }
        String sql = "select m.k, group_concat(distinct m.term separator '\\n') from (" + rows
                + ") m group by m.k order by count(distinct m.term) desc, m.k desc limit :limit";
        jdbc.sql(sql).paramSource(new MapSqlParameterSource().addValue("terms", terms).addValue("today", today)
                        .addValue("me", me.id()).addValue("limit", PER_SOURCE))
                .query(rs -> {
                    found.put(rs.getLong(1), new TreeSet<>(List.of(rs.getString(2).split("\n"))));
                });
        return found;
    }

    private Map<Long, Set<Sector>> sectors(String sql, Collection<Long> ids) {
        Map<Long, Set<Sector>> sectors = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            sectors.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(Sector.valueOf(rs.getString(2)));
        });
        return sectors;
    }

    private static Set<String> cap(Set<String> terms) {
        Set<String> capped = new LinkedHashSet<>();
        for (String term : terms) {
            if (capped.size() == Phrases.MAX_PHRASES) {
                break;
            }
            capped.add(term);
        }
        if (capped.isEmpty()) {
            return Set.of();
        }
        return capped;
    }
}
