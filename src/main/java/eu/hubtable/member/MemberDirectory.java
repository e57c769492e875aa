package eu.hubtable.member;

import eu.hubtable.core.vocabulary.Sector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member directory: full-text search (MariaDB FULLTEXT over name, headline, skills, offer and
 * need) plus filters, one page at a time. A page costs two statements whatever its size: the
 * members, then their sectors.
 */
@Service
public class MemberDirectory {

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MemberCard> search(DirectoryFilter filter, DirectoryOrder order, boolean descending, int offset, int limit) {
        Where where = Where.of(filter);
        String sql = "select m.id, m.display_name, m.headline, m.city, m.country_code from member m where " + where.sql
                + " order by " + orderBy(order, descending) + " limit :limit offset :offset";
        List<MemberCard> page = jdbc.sql(sql).params(where.params).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new MemberCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), List.of()))
                .list();
        return withSectors(page);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(DirectoryFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("select count(*) from member m where " + where.sql).params(where.params).query(Long.class).single();
    }

    private List<MemberCard> withSectors(List<MemberCard> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<Sector>> sectors = new HashMap<>();
        jdbc.sql("select member_id, sector from member_sector where member_id in (:ids) order by sector")
                .param("ids", page.stream().map(MemberCard::id).toList())
                .query(rs -> {
                    sectors.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(Sector.valueOf(rs.getString(2)));
                });
        return page.stream().map(card -> new MemberCard(card.id(), card.displayName(), card.headline(), card.city(),
                card.countryCode(), List.copyOf(sectors.getOrDefault(card.id(), List.of())))).toList();
    }

    private static String orderBy(DirectoryOrder order, boolean descending) {
        String direction = descending ? " desc" : "";
        return switch (order) {
            case NAME -> "m.display_name" + direction + ", m.id";
            case CITY -> "m.city is null, m.city" + direction + ", m.display_name, m.id";
            case NEWEST -> "m.created_at" + (descending ? "" : " desc") + ", m.id desc";
        };
    }

    /** The WHERE clause and its parameters; user text only ever travels as a parameter. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(DirectoryFilter filter) {
            StringBuilder sql = new StringBuilder("m.status = 'ACTIVE'");
            Map<String, Object> params = new HashMap<>();
            SearchText text = SearchText.parse(filter.text());
            if (!text.fullTextQuery().isEmpty()) {
                sql.append(" and match(m.display_name, m.headline, m.skills_text, m.offer, m.need) against (:fulltext in boolean mode)");
                params.put("fulltext", text.fullTextQuery());
            }
            for (int i = 0; i < text.shortWords().size(); i++) {
                // words below InnoDB's full-text token size (e.g. "XR", "3D") are matched as substrings
                sql.append(" and concat_ws(' ', m.display_name, m.headline, m.skills_text, m.offer, m.need) like :short").append(i);
                params.put("short" + i, "%" + text.shortWords().get(i) + "%");
            }
            if (filter.sector() != null) {
                sql.append(" and exists (select 1 from member_sector s where s.member_id = m.id and s.sector = :sector)");
                params.put("sector", filter.sector().name());
            }
            if (filter.language() != null) {
                sql.append(" and exists (select 1 from member_language l where l.member_id = m.id and l.language = :language)");
                params.put("language", filter.language());
            }
            if (filter.countryCode() != null) {
                sql.append(" and m.country_code = :country");
                params.put("country", filter.countryCode());
            }
            if (filter.city() != null && !filter.city().isBlank()) {
                sql.append(" and m.city = :city");
                params.put("city", filter.city().strip());
            }
            return new Where(sql.toString(), params);
        }
    }

    /** Splits what was typed into words; operators and markup are dropped, never interpreted. */
    record SearchText(String fullTextQuery, List<String> shortWords) {

        static final int MIN_TOKEN = 3;

        static SearchText parse(@org.jspecify.annotations.Nullable String typed) {
            if (typed == null || typed.isBlank()) {
                return new SearchText("", List.of());
            }
            StringBuilder query = new StringBuilder();
            List<String> shortWords = new ArrayList<>();
            for (String word : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (word.length() < MIN_TOKEN) {
                    shortWords.add(word);
                } else {
                    query.append(query.isEmpty() ? "" : " ").append('+').append(word).append('*');
                }
            }
            return new SearchText(query.toString(), List.copyOf(shortWords));
        }
    }
}
