package eu.hubtable.organisation;

import eu.hubtable.core.vocabulary.Sector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation directory: MariaDB full-text search over names and descriptions (word beginnings),
 * plus filters, one page at a time. A page costs two statements whatever its size.
 */
@Service
public class OrganisationDirectory {

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public enum Order { NAME, CITY, NEWEST }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrganisationCard> search(OrganisationFilter filter, Order order, boolean descending, int offset, int limit) {
        Where where = Where.of(filter);
        String direction = descending ? " desc" : "";
        String orderBy = switch (order) {
            case NAME -> "o.name" + direction + ", o.id";
            case CITY -> "o.city is null, o.city" + direction + ", o.name, o.id";
            case NEWEST -> "o.created_at" + (descending ? "" : " desc") + ", o.id desc";
        };
        List<OrganisationCard> page = jdbc.sql("""
                select o.id, o.name, o.kind, o.city, o.country_code,
                       (select count(*) from organisation_membership m where m.organisation_id = o.id) as members
                from organisation o where\s""" + where.sql() + " order by " + orderBy + " limit :limit offset :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new OrganisationCard(rs.getLong(1), rs.getString(2), OrganisationKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), List.of(), rs.getInt(6)))
                .list();
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<Sector>> sectors = new HashMap<>();
        jdbc.sql("select organisation_id, sector from organisation_sector where organisation_id in (:ids) order by sector")
                .param("ids", page.stream().map(OrganisationCard::id).toList())
                .query(rs -> {
                    sectors.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(Sector.valueOf(rs.getString(2)));
                });
        return page.stream().map(card -> new OrganisationCard(card.id(), card.name(), card.kind(), card.city(), card.countryCode(),
                List.copyOf(sectors.getOrDefault(card.id(), List.of())), card.members())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(OrganisationFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("select count(*) from organisation o where " + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** The WHERE clause and its parameters; what was typed only ever travels as a parameter. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(OrganisationFilter filter) {
            StringBuilder sql = new StringBuilder("1 = 1");
            Map<String, Object> params = new HashMap<>();
            StringBuilder fullText = new StringBuilder();
            int shortWords = 0;
            for (String word : words(filter.text())) {
                if (word.length() < 3) {
                    // below InnoDB's full-text token size ("XR", "3D"): matched as a substring
                    sql.append(" and concat_ws(' ', o.name, o.description) like :short").append(shortWords);
                    params.put("short" + shortWords++, "%" + word + "%");
                } else {
                    fullText.append(fullText.isEmpty() ? "" : " ").append('+').append(word).append('*');
                }
            }
            if (!fullText.isEmpty()) {
                sql.append(" and match(o.name, o.description) against (:fulltext in boolean mode)");
                params.put("fulltext", fullText.toString());
            }
            if (filter.sector() != null) {
                sql.append(" and exists (select 1 from organisation_sector s where s.organisation_id = o.id and s.sector = :sector)");
                params.put("sector", filter.sector().name());
            }
            if (filter.kind() != null) {
                sql.append(" and o.kind = :kind");
                params.put("kind", filter.kind().name());
            }
            if (filter.countryCode() != null) {
                sql.append(" and o.country_code = :country");
                params.put("country", filter.countryCode());
            }
            if (filter.city() != null && !filter.city().isBlank()) {
                sql.append(" and o.city = :city");
                params.put("city", filter.city().strip());
            }
            return new Where(sql.toString(), params);
        }

        private static List<String> words(@Nullable String typed) {
            if (typed == null || typed.isBlank()) {
                return List.of();
            }
            return java.util.Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                    .limit(12).toList();
        }
    }
}
