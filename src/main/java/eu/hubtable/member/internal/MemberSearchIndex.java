package eu.hubtable.member.internal;

import eu.hubtable.member.DirectoryFilter;
import eu.hubtable.member.DirectoryOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The member directory's search index: Lucene, in memory, built from MariaDB at start and kept
 * current from it. MariaDB stays the only source of truth; the index holds just enough to find and
 * order member ids (the directory then reads the rows). It follows the database three ways: member
 * rows written through JPA are re-read right after their transaction commits ({@link MemberIndexing});
 * every 30 seconds, rows whose {@code updated_at} moved are re-read (writes from other nodes, SQL
 * scripts); and {@link #rebuild()} starts over. Members are never deleted, only erased (a status
 * change), so a moved {@code updated_at} is enough to notice every change.
 */
@Component
public class MemberSearchIndex implements SmartInitializingSingleton, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MemberSearchIndex.class);
    /** Commits may land with an {@code updated_at} a little older than one already seen. */
    private static final Duration CATCH_UP_OVERLAP = Duration.ofMinutes(2);
    private static final int CHUNK = 2000;
    private static final int MAX_WORDS = 12;
    private static final String ROWS = """
            select m.id, m.status, m.display_name, m.headline, m.skills_text, m.offer, m.need, m.city,
                   m.country_code, m.created_at, m.updated_at,
                   (select group_concat(s.sector) from member_sector s where s.member_id = m.id) as sectors,
                   (select group_concat(l.language) from member_language l where l.member_id = m.id) as languages
            from member m""";

    private final JdbcClient jdbc;
    private final Analyzer analyzer = new FoldingAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private Instant caughtUpTo = Instant.EPOCH;

    MemberSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
        try {
            this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs once every singleton exists, so after Flyway has migrated and before the web server serves. */
    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        int members = rebuild();
        log.info("Member search index built: {} members in {} ms", members, (System.nanoTime() - started) / 1_000_000);
    }

    /** Drops the index and reads every active member again; returns how many were indexed. */
    public synchronized int rebuild() {
        try {
            writer.deleteAll();
            // starting over: a row once seen with a later updated_at (another clock, a test's pinned one) must not blind catch-up
            caughtUpTo = Instant.EPOCH;
            int indexed = 0;
            long after = 0;
            while (true) {
                List<Row> rows = jdbc.sql(ROWS + " where m.id > :after and m.status = 'ACTIVE' order by m.id limit " + CHUNK)
                        .param("after", after).query(MemberSearchIndex::row).list();
                for (Row row : rows) {
                    writer.addDocument(document(row));
                    noteSeen(row.updatedAt());
                }
                indexed += rows.size();
                if (rows.size() < CHUNK) {
                    break;
                }
                after = rows.getLast().id();
            }
            searchers.maybeRefreshBlocking();
            return indexed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-reads these members from the database: active ones are (re)indexed, others removed. */
    public synchronized void reindex(Collection<Long> memberIds) {
        try {
            List<Long> ids = List.copyOf(memberIds);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Set<Long> missing = new HashSet<>(chunk);
                for (Row row : jdbc.sql(ROWS + " where m.id in (:ids)").param("ids", chunk).query(MemberSearchIndex::row).list()) {
                    missing.remove(row.id());
                    Term id = idTerm(row.id());
                    if (row.active()) {
                        writer.updateDocument(id, document(row));
                    } else {
                        writer.deleteDocuments(id);
                    }
                    noteSeen(row.updatedAt());
                }
                for (long id : missing) {
                    writer.deleteDocuments(idTerm(id));
                }
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-reads members whose row changed lately, whoever changed it. */
    @Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
    public void catchUp() {
        Instant since;
        synchronized (this) {
            since = caughtUpTo.minus(CATCH_UP_OVERLAP);
        }
        List<Long> changed = jdbc.sql("select id from member where updated_at >= :since")
                .param("since", Timestamp.from(since)).query(Long.class).list();
        if (!changed.isEmpty()) {
            reindex(changed);
        }
    }

    /** Ids of the active members matching the filter, in the asked order, one page of them. */
    public List<Long> search(DirectoryFilter filter, DirectoryOrder order, boolean descending, int offset, int limit) {
        return withSearcher(searcher -> {
            ScoreDoc[] hits = searcher.search(query(filter), offset + limit, sort(order, descending)).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Long> ids = new ArrayList<>(Math.max(0, hits.length - offset));
            for (int i = offset; i < hits.length; i++) {
                ids.add(Long.parseLong(stored.document(hits[i].doc).get("id")));
            }
            return ids;
        });
    }

    public long count(DirectoryFilter filter) {
        return withSearcher(searcher -> (long) searcher.count(query(filter)));
    }

    private Query query(DirectoryFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words(filter.text()).forEach(word -> query.add(new PrefixQuery(new Term("text", word)), Occur.FILTER));
        if (filter.sector() != null) {
            query.add(new TermQuery(new Term("sector", filter.sector().name())), Occur.FILTER);
        }
        if (filter.language() != null) {
            query.add(new TermQuery(new Term("language", filter.language())), Occur.FILTER);
        }
        if (filter.countryCode() != null) {
            query.add(new TermQuery(new Term("country", filter.countryCode())), Occur.FILTER);
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            query.add(new TermQuery(new Term("city", folded("city", filter.city().strip()))), Occur.FILTER);
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    /** What was typed, as the index's words: operators and markup are dropped, never interpreted. */
    List<String> words(@Nullable String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return words;
        }
        try (TokenStream tokens = analyzer.tokenStream("text", typed)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Sort sort(DirectoryOrder order, boolean descending) {
        SortField byName = new SortField("name_sort", SortField.Type.STRING, descending && order == DirectoryOrder.NAME);
        SortField byId = new SortField("id_sort", SortField.Type.LONG);
        return switch (order) {
            case NAME -> new Sort(byName, byId);
            case CITY -> {
                SortField byCity = new SortField("city_sort", SortField.Type.STRING, descending);
                // members without a city come last, whichever the direction
                byCity.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
                yield new Sort(byCity, byName, byId);
            }
            case NEWEST -> new Sort(new SortField("created", SortField.Type.LONG, !descending),
                    new SortField("id_sort", SortField.Type.LONG, true));
        };
    }

    private Document document(Row row) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(row.id()), Store.YES));
        doc.add(new NumericDocValuesField("id_sort", row.id()));
        doc.add(new TextField("text", String.join(" ", nonNull(row.displayName(), row.headline(), row.skills(), row.offer(), row.need())), Store.NO));
        doc.add(new SortedDocValuesField("name_sort", new BytesRef(folded("name", row.displayName()))));
        doc.add(new NumericDocValuesField("created", row.createdAt().toEpochMilli()));
        if (row.city() != null) {
            String city = folded("city", row.city());
            doc.add(new StringField("city", city, Store.NO));
            doc.add(new SortedDocValuesField("city_sort", new BytesRef(city)));
        }
        if (row.countryCode() != null) {
            doc.add(new StringField("country", row.countryCode(), Store.NO));
        }
        row.sectors().forEach(sector -> doc.add(new StringField("sector", sector, Store.NO)));
        row.languages().forEach(language -> doc.add(new StringField("language", language, Store.NO)));
        return doc;
    }

    private String folded(String field, String value) {
        return analyzer.normalize(field, value).utf8ToString();
    }

    private synchronized void noteSeen(Instant updatedAt) {
        if (updatedAt.isAfter(caughtUpTo)) {
            caughtUpTo = updatedAt;
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    private static Term idTerm(long id) {
        return new Term("id", Long.toString(id));
    }

    private static List<String> nonNull(@Nullable String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                present.add(value);
            }
        }
        return present;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), "ACTIVE".equals(rs.getString("status")), rs.getString("display_name"),
                rs.getString("headline"), rs.getString("skills_text"), rs.getString("offer"), rs.getString("need"),
                rs.getString("city"), rs.getString("country_code"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), split(rs.getString("sectors")), split(rs.getString("languages")));
    }

    private static List<String> split(@Nullable String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private record Row(long id, boolean active, String displayName, @Nullable String headline, @Nullable String skills,
            @Nullable String offer, @Nullable String need, @Nullable String city, @Nullable String countryCode,
            Instant createdAt, Instant updatedAt, List<String> sectors, List<String> languages) {
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Words are matched lower-cased and without accents: "Séverine" is found by "severine". */
    private static final class FoldingAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
