package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * The scoring rules, explicit and in one place. A complementary offer or need is worth more than
 * every other reason together, so "someone has what you need" always ranks above "someone nearby
 * from another sector". Contacts, dismissed suggestions and oneself never reach the rules: the
 * candidate query leaves them out.
 */
public final class SuggestionRules {

    static final int COMPLEMENT = 40;
    static final int EACH_FURTHER_COMPLEMENT = 10;
    static final int MAX_COMPLEMENTS_COUNTED = 3;
    static final int CROSS_SECTOR = 20;
    static final int SAME_CITY = 10;
    static final int SHARED_LANGUAGE = 8;
    static final int SAME_COUNTRY = 4;

    /** The member suggestions are made for. */
    record Seeker(List<Sector> sectors, List<String> languages, @Nullable String city, @Nullable String countryCode) {
    }

    /** Someone or something that could be suggested, with what it offers that I need and needs that I offer. */
    record Candidate(SuggestionKind kind, long id, String title, @Nullable String subtitle, long ownerId, Set<Sector> sectors,
            Set<String> languages, @Nullable String city, @Nullable String countryCode, SortedSet<String> theyOffer,
            SortedSet<String> theyNeed) {
    }

    private SuggestionRules() {
    }

    /**
     * The points the rules give, from what is known of a candidate: how many things they offer that
     * I need and need that I offer, and whether the other reasons hold. The same sum as
     * {@link #score}, for ranking many candidates before their reasons are written out.
     */
    public static int points(int offered, int needed, boolean crossSector, boolean sharedLanguage, boolean sameCity,
            boolean sameCountry) {
        return complementPoints(offered) + complementPoints(needed) + (crossSector ? CROSS_SECTOR : 0)
                + (sharedLanguage ? SHARED_LANGUAGE : 0) + (sameCity ? SAME_CITY : sameCountry ? SAME_COUNTRY : 0);
    }

    private static int complementPoints(int things) {
        return things == 0 ? 0 : COMPLEMENT + EACH_FURTHER_COMPLEMENT * (Math.min(things, MAX_COMPLEMENTS_COUNTED) - 1);
    }

    static Suggestion score(Seeker me, Candidate candidate) {
        List<Reason> reasons = new ArrayList<>();
        complement(ReasonKind.THEY_OFFER_WHAT_YOU_NEED, candidate.theyOffer()).ifPresent(reasons::add);
        complement(ReasonKind.THEY_NEED_WHAT_YOU_OFFER, candidate.theyNeed()).ifPresent(reasons::add);
        if (!me.sectors().isEmpty() && !candidate.sectors().isEmpty()
                && Collections.disjoint(me.sectors(), candidate.sectors())) {
            Sector theirs = candidate.sectors().stream().min(Comparator.naturalOrder()).orElseThrow();
            reasons.add(new Reason(ReasonKind.CROSS_SECTOR, List.of(me.sectors().getFirst().name(), theirs.name()), CROSS_SECTOR));
        }
        me.languages().stream().filter(candidate.languages()::contains).findFirst()
                .ifPresent(language -> reasons.add(new Reason(ReasonKind.SHARED_LANGUAGE, List.of(language), SHARED_LANGUAGE)));
        place(me, candidate).ifPresent(reasons::add);
        int score = reasons.stream().mapToInt(Reason::points).sum();
        return new Suggestion(candidate.kind(), candidate.id(), candidate.title(), candidate.subtitle(), candidate.ownerId(), score,
                reasons);
    }

    /** Best first; equal scores in a stable order (lower id first) so lists do not shuffle between visits. */
    static List<Suggestion> rank(Seeker me, List<Candidate> candidates, int limit) {
        return candidates.stream().map(candidate -> score(me, candidate)).filter(suggestion -> suggestion.score() > 0)
                .sorted(Comparator.comparingInt(Suggestion::score).reversed().thenComparingLong(Suggestion::targetId))
                .limit(limit).toList();
    }

    private static java.util.Optional<Reason> complement(ReasonKind kind, SortedSet<String> things) {
        if (things.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> counted = things.stream().limit(MAX_COMPLEMENTS_COUNTED).toList();
        return java.util.Optional.of(new Reason(kind, counted, complementPoints(counted.size())));
    }

    private static java.util.Optional<Reason> place(Seeker me, Candidate candidate) {
        if (me.countryCode() == null || !Objects.equals(me.countryCode(), candidate.countryCode())) {
            return java.util.Optional.empty();
        }
        if (me.city() != null && candidate.city() != null
                && me.city().strip().toLowerCase(Locale.ROOT).equals(candidate.city().strip().toLowerCase(Locale.ROOT))) {
            return java.util.Optional.of(new Reason(ReasonKind.SAME_CITY, List.of(candidate.city()), SAME_CITY));
        }
        return java.util.Optional.of(new Reason(ReasonKind.SAME_COUNTRY, List.of(me.countryCode()), SAME_COUNTRY));
    }
}
