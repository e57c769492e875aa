package eu.hubtable.matching;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.member.ContactState;
import eu.hubtable.member.Contacts;
import eu.hubtable.member.MemberDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;

import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions of people, organisations and posts for the signed-in member, each with its reasons
 * ({@link SuggestionRules}); "not relevant" is remembered; acting on a suggestion (asking to connect,
 * answering the post) is published as {@link MatchAccepted}. Suggestions are computed when asked,
 * from the current profiles and live posts, so they never go stale.
 */
@Service
public class Matches {

    public static final int PER_LIST = 12;

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final SuggestionCandidates candidates;
    private final Contacts contacts;
    private final Posts posts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MemberDirectory directory;

    Matches(JdbcClient jdbc, CurrentMember currentMember, SuggestionCandidates candidates, Contacts contacts, Posts posts, Clock clock,
            ApplicationEventPublisher events, MemberDirectory directory) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.candidates = candidates;
        this.contacts = contacts;
        this.posts = posts;
        this.clock = clock;
        this.events = events;
        this.directory = directory;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Suggestions forMe() {
        long me = currentMember.require().memberId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        SuggestionCandidates.Me seeker = candidates.me(me, today);
        Map<SuggestionKind, Set<Long>> dismissed = dismissed(me);
        SuggestionCandidates.Found found = candidates.find(seeker, today, dismissed);
        return new Suggestions(SuggestionRules.rank(seeker.seeker(), found.people(), PER_LIST),
                SuggestionRules.rank(seeker.seeker(), found.organisations(), PER_LIST),
                SuggestionRules.rank(seeker.seeker(), found.posts(), PER_LIST));
    }

    /** "Not relevant": this suggestion never comes back (unless undone). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void dismiss(SuggestionKind kind, long targetId) {
        jdbc.sql("""
                insert ignore into suggestion_dismissal (member_id, target_kind, target_id, dismissed_at)
                values (:me, :kind, :target, :now)""")
                .param("me", currentMember.require().memberId()).param("kind", kind.name()).param("target", targetId)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void undoDismiss(SuggestionKind kind, long targetId) {
        jdbc.sql("delete from suggestion_dismissal where member_id = :me and target_kind = :kind and target_id = :target")
                .param("me", currentMember.require().memberId()).param("kind", kind.name()).param("target", targetId).update();
    }

    /** Asks a suggested member to connect. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContactState connect(long memberId, String message) {
        ContactState state = contacts.request(memberId, message);
        accepted(SuggestionKind.MEMBER, memberId, memberId);
        return state;
    }

    /** Answers a suggested post privately (see {@link Posts#answer}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContactState answer(long postId, String message) {
        ContactState state = posts.answer(postId, message);
        long author = jdbc.sql("select author_id from post where id = :id").param("id", postId).query(Long.class).single();
        accepted(SuggestionKind.POST, postId, author);
        return state;
    }

    private void accepted(SuggestionKind kind, long targetId, long otherMember) {
        long me = currentMember.require().memberId();
        events.publishEvent(new MatchAccepted(me, kind, targetId, otherMember, directory.crossSector(me, otherMember), clock.instant()));
    }

    private Map<SuggestionKind, Set<Long>> dismissed(long me) {
        Map<SuggestionKind, Set<Long>> dismissed = new java.util.EnumMap<>(SuggestionKind.class);
        for (SuggestionKind kind : SuggestionKind.values()) {
            dismissed.put(kind, new HashSet<>());
        }
        jdbc.sql("select target_kind, target_id from suggestion_dismissal where member_id = :me").param("me", me)
                .query(rs -> {
                    dismissed.get(SuggestionKind.valueOf(rs.getString(1))).add(rs.getLong(2));
                });
        return dismissed;
    }
}
