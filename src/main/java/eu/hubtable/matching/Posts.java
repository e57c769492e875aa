package eu.hubtable.matching;

import eu.hubtable.core.db.AfterCommit;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.PostRejected.Field;
import eu.hubtable.matching.internal.SuggestionIndex;
import eu.hubtable.member.ContactState;
import eu.hubtable.member.Contacts;
import eu.hubtable.organisation.Organisations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and needs. A post lives until its expiry date (inclusive) and then leaves every list by
 * itself; its author may withdraw it earlier. Answering a post asks its author to become contacts,
 * with the answer as the request's message: the conversation continues privately.
 */
@Service
public class Posts {

    public static final int MAX_TITLE = 160;
    public static final int MAX_BODY = 2000;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 40;
    public static final int MAX_MONTHS = 12;
    private static final String CARD = """
            select p.id, p.direction, p.kind, p.title, p.body, p.author_id, m.display_name as author, o.name as organisation,
                   p.city, p.country_code, p.language, p.expires_on,
                   (select group_concat(s.sector order by s.sector) from post_sector s where s.post_id = p.id) as sectors,
                   (select group_concat(t.tag order by t.tag separator '\\n') from post_tag t where t.post_id = p.id) as tags
            from post p join member m on m.id = p.author_id left join organisation o on o.id = p.organisation_id""";

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Organisations organisations;
    private final Contacts contacts;
    private final Clock clock;
    private final SuggestionIndex index;

    Posts(JdbcClient jdbc, CurrentMember currentMember, Organisations organisations, Contacts contacts, Clock clock,
            SuggestionIndex index) {
        this.index = index;
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.organisations = organisations;
        this.contacts = contacts;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long publish(PostForm form) {
        long me = currentMember.require().memberId();
        Map<Field, String> problems = problems(form, me);
        if (!problems.isEmpty()) {
            throw new PostRejected(problems);
        }
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into post (author_id, organisation_id, direction, kind, title, body, city, country_code, language, expires_on,
                                  created_at, updated_at)
                values (:me, :org, :direction, :kind, :title, :body, :city, :country, :language, :expires, :now, :now)""")
                .paramSource(new MapSqlParameterSource().addValue("me", me).addValue("org", form.organisationId())
                        .addValue("direction", form.direction().name()).addValue("kind", form.kind().name())
                        .addValue("title", form.title().strip()).addValue("body", form.body().strip())
                        .addValue("city", blankToNull(form.city())).addValue("country", blankToNull(form.countryCode()))
                        .addValue("language", blankToNull(form.language())).addValue("expires", form.expiresOn()).addValue("now", now))
                .update(key);
        long postId = key.getKey().longValue();
        form.sectors().forEach(sector -> jdbc.sql("insert into post_sector (post_id, sector) values (:post, :sector)")
                .param("post", postId).param("sector", sector.name()).update());
        tags(form.tags()).forEach(tag -> jdbc.sql("insert into post_tag (post_id, tag) values (:post, :tag)")
                .param("post", postId).param("tag", tag).update());
        AfterCommit.run(() -> index.refreshPost(postId));
        return postId;
    }

    /** Live posts (not expired), newest first, one page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PostCard> search(PostFilter filter, int offset, int limit) {
        Query query = where(filter);
        return jdbc.sql(CARD + query.sql() + " order by p.created_at desc, p.id desc limit :limit offset :offset")
                .paramSource(query.params().addValue("limit", limit).addValue("offset", offset))
                .query(Posts::card).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count(PostFilter filter) {
        Query query = where(filter);
        return jdbc.sql("select count(*) from post p" + query.sql()).paramSource(query.params()).query(Integer.class).single();
    }

    /** My posts, live or expired, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PostCard> mine() {
        return jdbc.sql(CARD + " where p.author_id = :me order by p.created_at desc, p.id desc")
                .param("me", currentMember.require().memberId()).query(Posts::card).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(long postId) {
        long author = jdbc.sql("select author_id from post where id = :id").param("id", postId).query(Long.class).optional()
                .orElseThrow(() -> new PostRefused("post.not-found"));
        if (author != currentMember.require().memberId()) {
            throw new AccessDeniedException("Only its author withdraws post " + postId);
        }
        jdbc.sql("delete from post where id = :id").param("id", postId).update();
        AfterCommit.run(() -> index.forgetPost(postId));
    }

    /**
     * Answers a live post privately: a contact request to its author carrying the answer. Returns
     * where we stand with the author afterwards (already contacts: nothing new was sent).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContactState answer(long postId, String message) {
        record Live(long authorId, String title) {
        }
        Live post = jdbc.sql("select author_id, title from post where id = :id and expires_on >= :today")
                .param("id", postId).param("today", today()).query((rs, n) -> new Live(rs.getLong(1), rs.getString(2)))
                .optional().orElseThrow(() -> new PostRefused("post.not-found"));
        if (post.authorId() == currentMember.require().memberId()) {
            throw new PostRefused("post.answer.own");
        }
        if (message.isBlank()) {
            throw new PostRefused("post.answer.empty");
        }
        String text = "«" + post.title() + "» " + message.strip();
        if (text.codePointCount(0, text.length()) > Contacts.MAX_MESSAGE) {
            throw new PostRefused("post.answer.too-long");
        }
        return contacts.request(post.authorId(), text);
    }

    private record Query(String sql, MapSqlParameterSource params) {
    }

    private Query where(PostFilter filter) {
        StringBuilder sql = new StringBuilder(" where p.expires_on >= :today");
        MapSqlParameterSource params = new MapSqlParameterSource("today", today());
        if (filter.direction() != null) {
            sql.append(" and p.direction = :direction");
            params.addValue("direction", filter.direction().name());
        }
        if (filter.kind() != null) {
            sql.append(" and p.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.sector() != null) {
            sql.append(" and exists (select 1 from post_sector s where s.post_id = p.id and s.sector = :sector)");
            params.addValue("sector", filter.sector().name());
        }
        if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
            sql.append(" and p.country_code = :country");
            params.addValue("country", filter.countryCode());
        }
        if (filter.language() != null && !filter.language().isBlank()) {
            sql.append(" and p.language = :language");
            params.addValue("language", filter.language());
        }
        // every word must appear in the title, the text or a tag (LIKE with escaped wildcards: text is never SQL)
        List<String> words = filter.text() == null ? List.of()
                : Arrays.stream(filter.text().toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).limit(8).toList();
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and (p.title like :w").append(i).append(" or p.body like :w").append(i)
                    .append(" or exists (select 1 from post_tag t where t.post_id = p.id and t.tag like :w").append(i).append("))");
            params.addValue("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Query(sql.toString(), params);
    }

    private Map<Field, String> problems(PostForm form, long me) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (form.direction() == null) {
            problems.put(Field.DIRECTION, "post.direction.required");
        }
        if (form.kind() == null) {
            problems.put(Field.KIND, "post.kind.required");
        }
        if (form.title().isBlank() || form.title().strip().length() > MAX_TITLE) {
            problems.put(Field.TITLE, "post.title.length");
        }
        if (form.body().isBlank() || form.body().strip().length() > MAX_BODY) {
            problems.put(Field.BODY, "post.body.length");
        }
        Set<String> tags = tags(form.tags());
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            problems.put(Field.TAGS, "post.tags.too-many");
        }
        if ((form.countryCode() != null && !form.countryCode().isBlank() && !Countries.isKnown(form.countryCode()))
                || (form.city() != null && form.city().strip().length() > 80)) {
            problems.put(Field.PLACE, "post.place.unknown");
        }
        if (form.language() != null && !form.language().isBlank() && !Languages.isKnown(form.language())) {
            problems.put(Field.LANGUAGE, "post.language.unknown");
        }
        if (form.expiresOn() == null || form.expiresOn().isBefore(today())) {
            problems.put(Field.EXPIRY, "post.expiry.past");
        } else if (form.expiresOn().isAfter(today().plusMonths(MAX_MONTHS))) {
            problems.put(Field.EXPIRY, "post.expiry.too-far");
        }
        if (form.organisationId() != null && !organisations.isMember(form.organisationId(), me)) {
            problems.put(Field.ORGANISATION, "post.organisation.not-mine");
        }
        return problems;
    }

    private static Set<String> tags(Set<String> tags) {
        Set<String> clean = new TreeSet<>();
        tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).map(tag -> tag.toLowerCase(Locale.ROOT)).forEach(clean::add);
        return clean;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static PostCard card(ResultSet rs, int row) throws SQLException {
        String sectors = rs.getString("sectors");
        String tags = rs.getString("tags");
        return new PostCard(rs.getLong("id"), PostDirection.valueOf(rs.getString("direction")), PostKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"), rs.getLong("author_id"), rs.getString("author"),
                rs.getString("organisation"),
                sectors == null ? List.of() : Arrays.stream(sectors.split(",")).map(Sector::valueOf).toList(),
                tags == null ? List.of() : List.of(tags.split("\n")), rs.getString("city"), rs.getString("country_code"),
                rs.getString("language"), rs.getObject("expires_on", LocalDate.class));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
