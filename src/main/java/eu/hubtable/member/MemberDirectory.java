package eu.hubtable.member;

import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.internal.MemberSearchIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member directory: the search index finds and orders the matching members (words of name,
 * headline, skills, offer and need, plus filters), then one page of them is read from MariaDB. A page
 * costs two statements whatever its size: the members, then their sectors. Counting asks the index
 * only.
 */
@Service
public class MemberDirectory {

    /** Ids per statement when looking up many members: keeps each IN list well within packet and plan limits. */
    private static final int IDS_PER_QUERY = 1000;

    private final JdbcClient jdbc;
    private final MemberSearchIndex index;

    MemberDirectory(JdbcClient jdbc, MemberSearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MemberCard> search(DirectoryFilter filter, DirectoryOrder order, boolean descending, int offset, int limit) {
        List<Long> ids = index.search(filter, order, descending, offset, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberCard> found = new HashMap<>();
        jdbc.sql("""
                select m.id, m.display_name, m.headline, m.city, m.country_code,
                       exists (select 1 from member_avatar a where a.member_id = m.id)
                from member m where m.id in (:ids) and m.status = 'ACTIVE'""")
                .param("ids", ids)
                .query((rs, n) -> new MemberCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), List.of(), rs.getBoolean(6)))
                .list().forEach(card -> found.put(card.id(), card));
        // the index's order; a member erased a moment ago is simply left out
        return withSectors(ids.stream().map(found::get).filter(Objects::nonNull).toList());
    }

    @PreAuthorize("isAuthenticated()")
    public long count(DirectoryFilter filter) {
        return index.count(filter);
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
                card.countryCode(), List.copyOf(sectors.getOrDefault(card.id(), List.of())), card.hasPicture())).toList();
    }

    /**
     * Whether two members work across sectors: both name sectors and share none. The one definition of a
     * cross-sector link (matching's reasons and events, impact's counts), asked possibly outside any
     * signed-in request (event intake); it tells nothing about either member by itself.
     */
    @Transactional(readOnly = true)
    public boolean crossSector(long a, long b) {
        return jdbc.sql("""
                select (select count(*) from member_sector where member_id = :a) > 0
                   and (select count(*) from member_sector where member_id = :b) > 0
                   and not exists (select 1 from member_sector x join member_sector y on y.sector = x.sector
                                   where x.member_id = :a and y.member_id = :b)""")
                .param("a", a).param("b", b).query(Boolean.class).single();
    }

    /**
     * The directory names of those of these members who currently agree to appear by name in their hubs'
     * engagement reports (see {@link EngagementConsent}), by member id. Members without consent, erased
     * or unknown are simply absent: the caller counts them in totals only. Callers (the reports) check
     * their own right to see these members; this only ever reveals names the directory shows anyway.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> namesSharingEngagement(Collection<Long> memberIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(memberIds));
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            jdbc.sql("""
                    select id, display_name from member
                    where id in (:ids) and status = 'ACTIVE' and engagement_consent_at is not null""")
                    .param("ids", ids.subList(from, Math.min(from + IDS_PER_QUERY, ids.size())))
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return Map.copyOf(names);
    }
}
