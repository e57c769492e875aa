package eu.hubtable.matching.internal;

import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.SuggestionRules;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import eu.hubtable.member.MembersChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who offers, needs and sits where, kept in memory so suggestions among 100,000 members and 50,000
 * posts take milliseconds: skills and post tags by term (compared accent- and case-insensitively,
 * like the database's collation), members and organisations by city, and each one's sectors and
 * languages as bit sets. It only proposes: the rows of the few best are then read from MariaDB,
 * which stays the source of truth (a proposal whose row is gone is simply dropped).
 *
 * <p>Members and posts the application writes are re-read right after their transaction commits
 * ({@link MembersChanged}, {@link #refreshPost}); withdrawn posts are forgotten at once. Before each
 * use it also catches up with rows whose {@code updated_at} moved (three indexed max() lookups when
 * nothing changed): writes by another node or by SQL. Deletions made outside the application wait
 * for the full rebuild every ten minutes.
 */
@Component
public class SuggestionIndex {

    /** How many of each kind are proposed for the rules to rank with their full reasons. */
    public static final int PROPOSALS = 40;
    /** Commits may land with an {@code updated_at} a little older than one already seen. */
    private static final Duration SLACK = Duration.ofSeconds(60);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public record Query(long memberId, Set<Sector> sectors, Collection<String> languages, @Nullable String city,
            @Nullable String countryCode, Set<String> needs, Set<String> offers, LocalDate today, Set<Long> excludedMembers,
            Set<Long> excludedOrganisations, Set<Long> excludedPosts) {
    }

    /** A candidate worth reading: what it offers that the member needs, and needs that they offer (as stored). */
    public record Proposal(long id, SortedSet<String> theyOffer, SortedSet<String> theyNeed) {
    }

    public record Proposals(List<Proposal> people, List<Proposal> organisations, List<Proposal> posts) {
    }

    private record Person(int sectors, long languages, @Nullable String place, @Nullable String country, boolean active,
            Set<String> skills) {
    }

    private record Post(long author, @Nullable Long organisation, boolean offer, long expiresOn, int sectors, long languages,
            @Nullable String place, @Nullable String country, Set<String> tags) {
    }

    private record Organisation(int sectors, @Nullable String place, @Nullable String country) {
    }

    /** Everything the index knows; replaced whole by a rebuild, patched under the write lock by a catch-up. */
    private static final class State {
        final Map<Long, Person> members = new HashMap<>();
        final Map<String, Set<Long>> skilled = new HashMap<>();
        final Map<String, Set<Long>> membersByPlace = new HashMap<>();
        final Map<Long, Post> posts = new HashMap<>();
        final Map<String, Set<Long>> postsByTag = new HashMap<>();
        final Map<Long, Organisation> organisations = new HashMap<>();
        final Map<String, Set<Long>> organisationsByPlace = new HashMap<>();
        final Map<String, String> spelling = new HashMap<>();
        Instant memberSeen = Instant.EPOCH;
        Instant postSeen = Instant.EPOCH;
        Instant organisationSeen = Instant.EPOCH;
    }

    private final JdbcClient jdbc;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Set<Long> dirtyMembers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<Long> dirtyPosts = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private @Nullable State state;

    SuggestionIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Proposals propose(Query query) {
        catchUp();
        lock.readLock().lock();
        try {
            State s = Objects.requireNonNull(state);
            return new Proposals(people(s, query), organisations(s, query), posts(s, query));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Starts over from the database (tests that empty tables behind the application's back; every ten minutes). */
    @Scheduled(initialDelay = 600_000, fixedDelay = 600_000)
    public void rebuild() {
        dirtyMembers.clear();
        dirtyPosts.clear();
        State fresh = new State();
        load(fresh, true);
        lock.writeLock().lock();
        try {
            state = fresh;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Members the application just wrote (after commit): re-read at the next use, whatever their
     * updated_at says. Only noted here: no database work inside another transaction's completion.
     */
    @EventListener
    void membersChanged(MembersChanged changed) {
        dirtyMembers.addAll(changed.memberIds());
    }

    /** A post just published or changed (after commit): re-read at the next use. */
    public void refreshPost(long postId) {
        dirtyPosts.add(postId);
    }

    /** A post withdrawn or deleted: it is no longer proposed. */
    public void forgetPost(long postId) {
        lock.writeLock().lock();
        try {
            if (state != null) {
                unlinkPost(state, postId);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- proposing

    private static final class Tally {
        final SortedSet<String> offer = new TreeSet<>();
        final SortedSet<String> need = new TreeSet<>();
        int points;
    }

    private List<Proposal> people(State s, Query q) {
        Map<Long, Tally> tallies = new HashMap<>();
        long today = q.today().toEpochDay();
        for (String need : keys(q.needs())) {
            s.skilled.getOrDefault(need, Set.of()).forEach(id -> tally(tallies, id).offer.add(need));
            eachLivePost(s, need, true, today, post -> tally(tallies, post.author()).offer.add(need));
        }
        for (String offer : keys(q.offers())) {
            eachLivePost(s, offer, false, today, post -> tally(tallies, post.author()).need.add(offer));
        }
        String place = place(q.city(), q.countryCode());
        if (place != null) {
            s.membersByPlace.getOrDefault(place, Set.of()).forEach(id -> tally(tallies, id));
        }
        tallies.remove(q.memberId());
        q.excludedMembers().forEach(tallies::remove);
        int mySectors = sectors(q.sectors());
        long myLanguages = languages(q.languages());
        tallies.entrySet().removeIf(entry -> {
            Person person = s.members.get(entry.getKey());
            if (person == null || !person.active()) {
                return true;
            }
            entry.getValue().points = points(entry.getValue(), mySectors, person.sectors(), myLanguages, person.languages(), place,
                    person.place(), q.countryCode(), person.country());
            return false;
        });
        return best(s, tallies);
    }

    private List<Proposal> organisations(State s, Query q) {
        Map<Long, Tally> tallies = new HashMap<>();
        long today = q.today().toEpochDay();
        for (String need : keys(q.needs())) {
            eachLivePost(s, need, true, today, post -> {
                if (post.organisation() != null) {
                    tally(tallies, post.organisation()).offer.add(need);
                }
            });
        }
        for (String offer : keys(q.offers())) {
            eachLivePost(s, offer, false, today, post -> {
                if (post.organisation() != null) {
                    tally(tallies, post.organisation()).need.add(offer);
                }
            });
        }
        String place = place(q.city(), q.countryCode());
        if (place != null) {
            s.organisationsByPlace.getOrDefault(place, Set.of()).forEach(id -> tally(tallies, id));
        }
        q.excludedOrganisations().forEach(tallies::remove);
        int mySectors = sectors(q.sectors());
        tallies.entrySet().removeIf(entry -> {
            Organisation organisation = s.organisations.get(entry.getKey());
            if (organisation == null) {
                return true;
            }
            entry.getValue().points = points(entry.getValue(), mySectors, organisation.sectors(), 0, 0, place, organisation.place(),
                    q.countryCode(), organisation.country());
            return false;
        });
        return best(s, tallies);
    }

    private List<Proposal> posts(State s, Query q) {
        Map<Long, Tally> tallies = new HashMap<>();
        long today = q.today().toEpochDay();
        for (String need : keys(q.needs())) {
            for (long id : s.postsByTag.getOrDefault(need, Set.of())) {
                Post post = s.posts.get(id);
                if (post != null && post.offer() && post.expiresOn() >= today) {
                    tally(tallies, id).offer.add(need);
                }
            }
        }
        for (String offer : keys(q.offers())) {
            for (long id : s.postsByTag.getOrDefault(offer, Set.of())) {
                Post post = s.posts.get(id);
                if (post != null && !post.offer() && post.expiresOn() >= today) {
                    tally(tallies, id).need.add(offer);
                }
            }
        }
        q.excludedPosts().forEach(tallies::remove);
        int mySectors = sectors(q.sectors());
        long myLanguages = languages(q.languages());
        String place = place(q.city(), q.countryCode());
        tallies.entrySet().removeIf(entry -> {
            Post post = s.posts.get(entry.getKey());
            Person author = post == null ? null : s.members.get(post.author());
            if (post == null || post.author() == q.memberId() || author == null || !author.active()) {
                return true;
            }
            entry.getValue().points = points(entry.getValue(), mySectors, post.sectors(), myLanguages, post.languages(), place,
                    post.place(), q.countryCode(), post.country());
            return false;
        });
        return best(s, tallies);
    }

    private static void eachLivePost(State s, String tag, boolean offer, long today, java.util.function.Consumer<Post> action) {
        for (long id : s.postsByTag.getOrDefault(tag, Set.of())) {
            Post post = s.posts.get(id);
            if (post != null && post.offer() == offer && post.expiresOn() >= today) {
                action.accept(post);
            }
        }
    }

    private static int points(Tally tally, int mySectors, int theirSectors, long myLanguages, long theirLanguages, @Nullable String myPlace,
            @Nullable String theirPlace, @Nullable String myCountry, @Nullable String theirCountry) {
        boolean crossSector = mySectors != 0 && theirSectors != 0 && (mySectors & theirSectors) == 0;
        boolean sameCountry = myCountry != null && myCountry.equals(theirCountry);
        boolean sameCity = sameCountry && myPlace != null && myPlace.equals(theirPlace);
        return SuggestionRules.points(tally.offer.size(), tally.need.size(), crossSector, (myLanguages & theirLanguages) != 0, sameCity,
                sameCountry);
    }

    private static List<Proposal> best(State s, Map<Long, Tally> tallies) {
        Function<SortedSet<String>, SortedSet<String>> spelled = keys -> {
            SortedSet<String> stored = new TreeSet<>();
            keys.forEach(key -> stored.add(s.spelling.getOrDefault(key, key)));
            return stored;
        };
        return tallies.entrySet().stream().filter(entry -> entry.getValue().points > 0)
                .sorted(Comparator.<Map.Entry<Long, Tally>>comparingInt(entry -> -entry.getValue().points)
                        .thenComparingLong(Map.Entry::getKey))
                .limit(PROPOSALS)
                .map(entry -> new Proposal(entry.getKey(), spelled.apply(entry.getValue().offer), spelled.apply(entry.getValue().need)))
                .toList();
    }

    private static Tally tally(Map<Long, Tally> tallies, long id) {
        return tallies.computeIfAbsent(id, key -> new Tally());
    }

    // ---- keeping up with the database

    private void catchUp() {
        if (state == null) {
            synchronized (this) {
                if (state == null) {
                    rebuild();
                    return;
                }
            }
        }
        Instant members = max("member");
        Instant posts = max("post");
        Instant organisations = max("organisation");
        State s = Objects.requireNonNull(state);
        if (!members.isAfter(s.memberSeen) && !posts.isAfter(s.postSeen) && !organisations.isAfter(s.organisationSeen)
                && dirtyMembers.isEmpty() && dirtyPosts.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            State current = Objects.requireNonNull(state);
            reread(current, dirtyMembers, ids -> loadMembers(current, ":ids", Map.of("ids", ids)));
            reread(current, dirtyPosts, ids -> loadPosts(current, ":ids", Map.of("ids", ids)));
            load(current, false);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static void reread(State s, Set<Long> dirty, java.util.function.Consumer<List<Long>> load) {
        List<Long> ids = List.copyOf(dirty);
        if (!ids.isEmpty()) {
            dirty.removeAll(ids);
            load.accept(ids);
        }
    }

    private Instant max(String table) {
        // an empty table has no max: the one row holds null
        Timestamp max = jdbc.sql("select max(updated_at) from " + table).query((rs, n) -> rs.getTimestamp(1)).list().getFirst();
        return max == null ? Instant.EPOCH : max.toInstant();
    }

    /** Loads everything into a fresh state, or (catching up) the rows whose updated_at moved since last seen. */
    private void load(State into, boolean full) {
        Instant memberSince = full ? Instant.EPOCH : into.memberSeen.minus(SLACK);
        Instant postSince = full ? Instant.EPOCH : into.postSeen.minus(SLACK);
        Instant organisationSince = full ? Instant.EPOCH : into.organisationSeen.minus(SLACK);
        loadMembers(into, memberSince);
        loadPosts(into, postSince);
        loadOrganisations(into, organisationSince);
    }

    private void loadMembers(State s, Instant since) {
        loadMembers(s, "select id from member where updated_at >= :since", Map.of("since", Timestamp.from(since)));
    }

    /** Re-reads the given members (and only them): {@code changed} selects their ids. */
    private void loadMembers(State s, String changed, Map<String, ?> params) {
        Map<Long, Integer> sectors = new HashMap<>();
        Map<Long, Long> languages = new HashMap<>();
        Map<Long, Set<String>> skills = new HashMap<>();
        jdbc.sql("select member_id, sector from member_sector where member_id in (" + changed + ")").params(params)
                .query(rs -> {
                    sectors.merge(rs.getLong(1), 1 << Sector.valueOf(rs.getString(2)).ordinal(), (a, b) -> a | b);
                });
        jdbc.sql("select member_id, language from member_language where member_id in (" + changed + ")").params(params)
                .query(rs -> {
                    languages.merge(rs.getLong(1), language(rs.getString(2)), (a, b) -> a | b);
                });
        jdbc.sql("select member_id, skill from member_skill where member_id in (" + changed + ")").params(params)
                .query(rs -> {
                    String key = key(rs.getString(2));
                    s.spelling.putIfAbsent(key, rs.getString(2));
                    skills.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(key);
                });
        jdbc.sql("select id, city, country_code, status, updated_at from member where id in (" + changed + ")").params(params)
                .query(rs -> {
                    long id = rs.getLong(1);
                    unlinkMember(s, id);
                    Person person = new Person(sectors.getOrDefault(id, 0), languages.getOrDefault(id, 0L),
                            place(rs.getString(2), rs.getString(3)), rs.getString(3), "ACTIVE".equals(rs.getString(4)),
                            skills.getOrDefault(id, Set.of()));
                    s.members.put(id, person);
                    person.skills().forEach(skill -> s.skilled.computeIfAbsent(skill, key -> new HashSet<>()).add(id));
                    if (person.place() != null) {
                        s.membersByPlace.computeIfAbsent(person.place(), key -> new HashSet<>()).add(id);
                    }
                    s.memberSeen = later(s.memberSeen, rs.getTimestamp(5));
                });
    }

    private void loadPosts(State s, Instant since) {
        loadPosts(s, "select id from post where updated_at >= :since", Map.of("since", Timestamp.from(since)));
    }

    private void loadPosts(State s, String changed, Map<String, ?> params) {
        Map<Long, Integer> sectors = new HashMap<>();
        Map<Long, Set<String>> tags = new HashMap<>();
        jdbc.sql("select post_id, sector from post_sector where post_id in (" + changed + ")").params(params)
                .query(rs -> {
                    sectors.merge(rs.getLong(1), 1 << Sector.valueOf(rs.getString(2)).ordinal(), (a, b) -> a | b);
                });
        jdbc.sql("select post_id, tag from post_tag where post_id in (" + changed + ")").params(params)
                .query(rs -> {
                    String key = key(rs.getString(2));
                    s.spelling.putIfAbsent(key, rs.getString(2));
                    tags.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(key);
                });
        jdbc.sql("select id, author_id, organisation_id, direction, expires_on, language, city, country_code, updated_at"
                        + " from post where id in (" + changed + ")").params(params)
                .query(rs -> {
                    long id = rs.getLong(1);
                    unlinkPost(s, id);
                    long organisation = rs.getLong(3);
                    Post post = new Post(rs.getLong(2), rs.wasNull() ? null : organisation, "OFFER".equals(rs.getString(4)),
                            rs.getDate(5).toLocalDate().toEpochDay(), sectors.getOrDefault(id, 0),
                            rs.getString(6) == null ? 0 : language(rs.getString(6)), place(rs.getString(7), rs.getString(8)),
                            rs.getString(8), tags.getOrDefault(id, Set.of()));
                    s.posts.put(id, post);
                    post.tags().forEach(tag -> s.postsByTag.computeIfAbsent(tag, key -> new HashSet<>()).add(id));
                    s.postSeen = later(s.postSeen, rs.getTimestamp(9));
                });
    }

    private void loadOrganisations(State s, Instant since) {
        Timestamp from = Timestamp.from(since);
        Map<Long, Integer> sectors = new HashMap<>();
        jdbc.sql("""
                select organisation_id, sector from organisation_sector
                where organisation_id in (select id from organisation where updated_at >= :since)""").param("since", from)
                .query(rs -> {
                    sectors.merge(rs.getLong(1), 1 << Sector.valueOf(rs.getString(2)).ordinal(), (a, b) -> a | b);
                });
        jdbc.sql("select id, city, country_code, updated_at from organisation where updated_at >= :since").param("since", from)
                .query(rs -> {
                    long id = rs.getLong(1);
                    Organisation old = s.organisations.get(id);
                    if (old != null && old.place() != null) {
                        s.organisationsByPlace.getOrDefault(old.place(), new HashSet<>()).remove(id);
                    }
                    Organisation organisation = new Organisation(sectors.getOrDefault(id, 0), place(rs.getString(2), rs.getString(3)),
                            rs.getString(3));
                    s.organisations.put(id, organisation);
                    if (organisation.place() != null) {
                        s.organisationsByPlace.computeIfAbsent(organisation.place(), key -> new HashSet<>()).add(id);
                    }
                    s.organisationSeen = later(s.organisationSeen, rs.getTimestamp(4));
                });
    }

    private static void unlinkMember(State s, long id) {
        Person old = s.members.remove(id);
        if (old != null) {
            old.skills().forEach(skill -> s.skilled.getOrDefault(skill, new HashSet<>()).remove(id));
            if (old.place() != null) {
                s.membersByPlace.getOrDefault(old.place(), new HashSet<>()).remove(id);
            }
        }
    }

    private static void unlinkPost(State s, long id) {
        Post old = s.posts.remove(id);
        if (old != null) {
            old.tags().forEach(tag -> s.postsByTag.getOrDefault(tag, new HashSet<>()).remove(id));
        }
    }

    private static Instant later(Instant seen, Timestamp at) {
        Instant instant = at.toInstant();
        return instant.isAfter(seen) ? instant : seen;
    }

    // ---- keys

    /** How the database's collation compares words: without case or accents. */
    static String key(String text) {
        return MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Set<String> keys(Collection<String> terms) {
        Set<String> keys = new HashSet<>();
        terms.forEach(term -> keys.add(key(term)));
        return keys;
    }

    private static @Nullable String place(@Nullable String city, @Nullable String country) {
        return city == null || city.isBlank() || country == null ? null : country + "|" + key(city);
    }

    private static int sectors(Collection<Sector> sectors) {
        int mask = 0;
        for (Sector sector : sectors) {
            mask |= 1 << sector.ordinal();
        }
        return mask;
    }

    private static long languages(Collection<String> codes) {
        long mask = 0;
        for (String code : codes) {
            mask |= language(code);
        }
        return mask;
    }

    private static long language(String code) {
        int index = Languages.CODES.indexOf(code);
        return index < 0 ? 0 : 1L << index;
    }
}
