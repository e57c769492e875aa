package eu.hubtable.matching.internal;

import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.SuggestionRules;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
            Set<String> skills) implements Traits {
    }

    private record Post(int author, int organisation, boolean offer, long expiresOn, int sectors, long languages,
            @Nullable String place, @Nullable String country, Set<String> tags) implements Traits {

        boolean liveOn(long day) {
            return expiresOn >= day;
        }
    }

    private record Organisation(int sectors, @Nullable String place, @Nullable String country) implements Traits {

        @Override
        public long languages() {
            return 0; // an organisation's languages are its people's
        }
    }

    /**
     * Everything the index knows, by dense slot; replaced whole by a rebuild, patched under the write
     * lock by a catch-up. Postings hold slots.
     */
    private static final class State {
        final Slots memberSlots = new Slots();
        final List<@Nullable Person> members = new ArrayList<>();
        final Map<String, IntList> skilled = new HashMap<>();
        final Map<String, IntList> membersByPlace = new HashMap<>();
        final Slots postSlots = new Slots();
        final List<@Nullable Post> posts = new ArrayList<>();
        final Map<String, IntList> postsByTag = new HashMap<>();
        final Slots organisationSlots = new Slots();
        final List<@Nullable Organisation> organisations = new ArrayList<>();
        final Map<String, IntList> organisationsByPlace = new HashMap<>();
        final Map<String, String> spelling = new HashMap<>();
        Instant memberSeen = Instant.EPOCH;
        Instant postSeen = Instant.EPOCH;
        Instant organisationSeen = Instant.EPOCH;
    }

    private final JdbcClient jdbc;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Set<Long> dirtyMembers = ConcurrentHashMap.newKeySet();
    private final Set<Long> dirtyPosts = ConcurrentHashMap.newKeySet();
    private volatile @Nullable State state;

    SuggestionIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Proposals propose(Query query) {
        catchUp();
        lock.readLock().lock();
        try {
            State s = Objects.requireNonNull(state);
            List<String> needs = keys(query.needs());
            List<String> offers = keys(query.offers());
            return new Proposals(people(s, query, needs, offers), organisations(s, query, needs, offers),
                    posts(s, query, needs, offers));
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
            State s = state;
            if (s != null) {
                unlinkPost(s, postId);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- proposing: count matches per slot in int arrays, rank by the rules' points, then spell out the few best

    /** Where one pass over the postings reports a match: term {@code term} offered or needed by slot {@code slot}. */
    private interface Sink {
        void offer(int slot, int term);

        void need(int slot, int term);
    }

    /** The first pass: how many distinct terms each slot offers and needs, and which slots were touched at all. */
    private static final class Tallies implements Sink {
        final int[] offered;
        final int[] needed;
        final int[] lastOffer;
        final int[] lastNeed;
        final boolean[] seen;
        final IntList touched = new IntList();

        Tallies(int slots) {
            offered = new int[slots];
            needed = new int[slots];
            lastOffer = new int[slots];
            lastNeed = new int[slots];
            seen = new boolean[slots];
            Arrays.fill(lastOffer, -1);
            Arrays.fill(lastNeed, -1);
        }

        @Override
        public void offer(int slot, int term) {
            touch(slot);
            if (lastOffer[slot] != term) { // a skill and a post saying the same thing count once
                lastOffer[slot] = term;
                offered[slot]++;
            }
        }

        @Override
        public void need(int slot, int term) {
            touch(slot);
            if (lastNeed[slot] != term) {
                lastNeed[slot] = term;
                needed[slot]++;
            }
        }

        void touch(int slot) {
            if (!seen[slot]) {
                seen[slot] = true;
                touched.add(slot);
            }
        }
    }

    /** The second pass: the terms themselves, for the chosen slots only. */
    private static final class Spelled implements Sink {
        final int[] chosen;
        final List<SortedSet<String>> offers = new ArrayList<>();
        final List<SortedSet<String>> needs = new ArrayList<>();
        final State s;
        final List<String> needTerms;
        final List<String> offerTerms;

        Spelled(State s, int slots, int[] chosenSlots, List<String> needTerms, List<String> offerTerms) {
            this.s = s;
            this.needTerms = needTerms;
            this.offerTerms = offerTerms;
            chosen = new int[slots];
            Arrays.fill(chosen, -1);
            for (int i = 0; i < chosenSlots.length; i++) {
                chosen[chosenSlots[i]] = i;
                offers.add(new TreeSet<>());
                needs.add(new TreeSet<>());
            }
        }

        @Override
        public void offer(int slot, int term) {
            if (chosen[slot] >= 0) {
                offers.get(chosen[slot]).add(s.spelling.getOrDefault(needTerms.get(term), needTerms.get(term)));
            }
        }

        @Override
        public void need(int slot, int term) {
            if (chosen[slot] >= 0) {
                needs.get(chosen[slot]).add(s.spelling.getOrDefault(offerTerms.get(term), offerTerms.get(term)));
            }
        }

        Proposal proposal(long id, int slot) {
            return new Proposal(id, offers.get(chosen[slot]), needs.get(chosen[slot]));
        }
    }

    /** The facts the rules weigh beside the counts, for one slot; null when the slot is not a candidate. */
    /** What the rules weigh beside the counts; people, posts and organisations alike. */
    private interface Traits {
        int sectors();

        long languages();

        @Nullable String place();

        @Nullable String country();
    }

    /** The traits of a slot that may be proposed, or null (gone, erased, excluded, one's own). */
    private interface Facts {
        @Nullable Traits at(int slot);
    }

    private List<Proposal> people(State s, Query q, List<String> needs, List<String> offers) {
        long today = q.today().toEpochDay();
        boolean[] excluded = excluded(s.memberSlots, q.excludedMembers());
        int me = s.memberSlots.find(q.memberId());
        return propose(q, s, s.memberSlots, sink -> {
            for (int term = 0; term < needs.size(); term++) {
                int t = term;
                IntList skilled = s.skilled.get(needs.get(term));
                for (int i = 0; skilled != null && i < skilled.size(); i++) {
                    sink.offer(skilled.get(i), t);
                }
                eachLivePost(s, needs.get(term), true, today, (post, slot) -> sink.offer(post.author(), t));
            }
            for (int term = 0; term < offers.size(); term++) {
                int t = term;
                eachLivePost(s, offers.get(term), false, today, (post, slot) -> sink.need(post.author(), t));
            }
        }, s.membersByPlace, slot -> {
            Person person = at(s.members, slot);
            return person == null || !person.active() || excluded[slot] || slot == me ? null : person;
        }, needs, offers);
    }

    private List<Proposal> organisations(State s, Query q, List<String> needs, List<String> offers) {
        long today = q.today().toEpochDay();
        boolean[] excluded = excluded(s.organisationSlots, q.excludedOrganisations());
        return propose(q, s, s.organisationSlots, sink -> {
            for (int term = 0; term < needs.size(); term++) {
                int t = term;
                eachLivePost(s, needs.get(term), true, today, (post, slot) -> {
                    if (post.organisation() >= 0) {
                        sink.offer(post.organisation(), t);
                    }
                });
            }
            for (int term = 0; term < offers.size(); term++) {
                int t = term;
                eachLivePost(s, offers.get(term), false, today, (post, slot) -> {
                    if (post.organisation() >= 0) {
                        sink.need(post.organisation(), t);
                    }
                });
            }
        }, s.organisationsByPlace, slot -> {
            Organisation organisation = at(s.organisations, slot);
            return organisation == null || excluded[slot] ? null : organisation;
        }, needs, offers);
    }

    private List<Proposal> posts(State s, Query q, List<String> needs, List<String> offers) {
        long today = q.today().toEpochDay();
        int me = s.memberSlots.find(q.memberId());
        boolean[] excluded = excluded(s.postSlots, q.excludedPosts());
        return propose(q, s, s.postSlots, sink -> {
            for (int term = 0; term < needs.size(); term++) {
                int t = term;
                eachLivePost(s, needs.get(term), true, today, (post, slot) -> sink.offer(slot, t));
            }
            for (int term = 0; term < offers.size(); term++) {
                int t = term;
                eachLivePost(s, offers.get(term), false, today, (post, slot) -> sink.need(slot, t));
            }
        }, Map.of(), slot -> {
            Post post = at(s.posts, slot);
            Person author = post == null ? null : at(s.members, post.author());
            return post == null || post.author() == me || author == null || !author.active() || excluded[slot] ? null : post;
        }, needs, offers);
    }

    private interface Pass {
        void run(Sink sink);
    }

    /**
     * Counts every match (first pass), adds the neighbours, gives each touched candidate the rules'
     * points, keeps the best {@link #PROPOSALS}, and spells out their terms (second pass).
     */
    private static List<Proposal> propose(Query q, State s, Slots ids, Pass pass, Map<String, IntList> byPlace, Facts facts,
            List<String> needs, List<String> offers) {
        int slots = ids.size();
        Tallies tallies = new Tallies(slots);
        pass.run(tallies);
        String place = place(q.city(), q.countryCode());
        IntList near = place == null ? null : byPlace.get(place);
        for (int i = 0; near != null && i < near.size(); i++) {
            tallies.touch(near.get(i));
        }
        int mySectors = sectors(q.sectors());
        long myLanguages = languages(q.languages());
        long[] ranked = new long[tallies.touched.size()];
        int count = 0;
        for (int i = 0; i < tallies.touched.size(); i++) {
            int slot = tallies.touched.get(i);
            Traits candidate = facts.at(slot);
            if (candidate == null) {
                continue;
            }
            boolean crossSector = mySectors != 0 && candidate.sectors() != 0 && (mySectors & candidate.sectors()) == 0;
            boolean sameCountry = q.countryCode() != null && q.countryCode().equals(candidate.country());
            boolean sameCity = sameCountry && place != null && place.equals(candidate.place());
            int points = SuggestionRules.points(tallies.offered[slot], tallies.needed[slot], crossSector,
                    (myLanguages & candidate.languages()) != 0, sameCity, sameCountry);
            if (points > 0) {
                // best points first, then the lower slot: one sortable number
                ranked[count++] = ((long) points << SLOT_BITS) | (SLOT_MASK - slot);
            }
        }
        Arrays.sort(ranked, 0, count);
        int[] chosen = new int[Math.min(PROPOSALS, count)];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = (int) (SLOT_MASK - (ranked[count - 1 - i] & SLOT_MASK));
        }
        Spelled spelled = new Spelled(s, slots, chosen, needs, offers);
        pass.run(spelled);
        List<Proposal> proposals = new ArrayList<>(chosen.length);
        for (int slot : chosen) {
            proposals.add(spelled.proposal(ids.id(slot), slot));
        }
        return proposals;
    }

    private static final int SLOT_BITS = 32;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;

    /** The excluded ids as a flag per slot: checked for tens of thousands of candidates, without boxing. */
    private static boolean[] excluded(Slots slots, Set<Long> ids) {
        boolean[] excluded = new boolean[slots.size()];
        for (long id : ids) {
            int slot = slots.find(id);
            if (slot >= 0) {
                excluded[slot] = true;
            }
        }
        return excluded;
    }

    private static <T> @Nullable T at(List<@Nullable T> list, int slot) {
        return slot < list.size() ? list.get(slot) : null;
    }

    private interface PostAction {
        void accept(Post post, int slot);
    }

    private static void eachLivePost(State s, String tag, boolean offer, long today, PostAction action) {
        IntList tagged = s.postsByTag.get(tag);
        for (int i = 0; tagged != null && i < tagged.size(); i++) {
            int slot = tagged.get(i);
            Post post = at(s.posts, slot);
            if (post != null && post.offer() == offer && post.liveOn(today)) {
                action.accept(post, slot);
            }
        }
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
                    int slot = s.memberSlots.slot(id);
                    Person person = new Person(sectors.getOrDefault(id, 0), languages.getOrDefault(id, 0L),
                            place(rs.getString(2), rs.getString(3)), rs.getString(3), "ACTIVE".equals(rs.getString(4)),
                            skills.getOrDefault(id, Set.of()));
                    put(s.members, slot, person);
                    person.skills().forEach(skill -> s.skilled.computeIfAbsent(skill, key -> new IntList()).add(slot));
                    if (person.place() != null) {
                        s.membersByPlace.computeIfAbsent(person.place(), key -> new IntList()).add(slot);
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
                    int slot = s.postSlots.slot(id);
                    int author = s.memberSlots.slot(rs.getLong(2));
                    long organisation = rs.getLong(3);
                    Post post = new Post(author, rs.wasNull() ? -1 : s.organisationSlots.slot(organisation), "OFFER".equals(rs.getString(4)),
                            rs.getDate(5).toLocalDate().toEpochDay(), sectors.getOrDefault(id, 0),
                            rs.getString(6) == null ? 0 : language(rs.getString(6)), place(rs.getString(7), rs.getString(8)),
                            rs.getString(8), tags.getOrDefault(id, Set.of()));
                    put(s.posts, slot, post);
                    post.tags().forEach(tag -> s.postsByTag.computeIfAbsent(tag, key -> new IntList()).add(slot));
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
                    int slot = s.organisationSlots.slot(id);
                    Organisation old = slot < s.organisations.size() ? s.organisations.get(slot) : null;
                    if (old != null && old.place() != null) {
                        s.organisationsByPlace.getOrDefault(old.place(), new IntList()).remove(slot);
                    }
                    Organisation organisation = new Organisation(sectors.getOrDefault(id, 0), place(rs.getString(2), rs.getString(3)),
                            rs.getString(3));
                    put(s.organisations, slot, organisation);
                    if (organisation.place() != null) {
                        s.organisationsByPlace.computeIfAbsent(organisation.place(), key -> new IntList()).add(slot);
                    }
                    s.organisationSeen = later(s.organisationSeen, rs.getTimestamp(4));
                });
    }

    private static void unlinkMember(State s, long id) {
        int slot = s.memberSlots.find(id);
        Person old = slot < 0 || slot >= s.members.size() ? null : s.members.get(slot);
        if (old != null) {
            s.members.set(slot, null);
            old.skills().forEach(skill -> s.skilled.getOrDefault(skill, new IntList()).remove(slot));
            if (old.place() != null) {
                s.membersByPlace.getOrDefault(old.place(), new IntList()).remove(slot);
            }
        }
    }

    private static void unlinkPost(State s, long id) {
        int slot = s.postSlots.find(id);
        Post old = slot < 0 || slot >= s.posts.size() ? null : s.posts.get(slot);
        if (old != null) {
            s.posts.set(slot, null);
            old.tags().forEach(tag -> s.postsByTag.getOrDefault(tag, new IntList()).remove(slot));
        }
    }

    /** Sets a slot's facts, growing the list to it (slots are handed out in order, but posts may name members first). */
    private static <T> void put(List<@Nullable T> list, int slot, T value) {
        while (list.size() <= slot) {
            list.add(null);
        }
        list.set(slot, value);
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

    private static List<String> keys(Collection<String> terms) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        terms.forEach(term -> keys.add(key(term)));
        return List.copyOf(keys);
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
