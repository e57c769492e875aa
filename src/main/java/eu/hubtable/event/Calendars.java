package eu.hubtable.event;

import eu.hubtable.core.security.CurrentMember;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendars: one event as an .ics file, and each member's subscribable feed of the events they go
 * to (and what other modules contribute, such as meetings). The feed's address holds a secret; only its hash is stored, so it is shown once, and a new
 * one replaces (revokes) the old.
 */
@Service
public class Calendars {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final EventCalendar calendar;
    private final CurrentMember currentMember;
    private final Clock clock;
    private final List<CalendarContribution> contributions;

    Calendars(JdbcClient jdbc, EventCalendar calendar, CurrentMember currentMember, Clock clock,
            List<CalendarContribution> contributions) {
        this.contributions = contributions;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String ics(long eventId) {
        if (jdbc.sql("select count(*) from event where id = :id").param("id", eventId).query(Integer.class).single() == 0) {
            throw new EventRefused("event.not-found");
        }
        return calendar.ics(eventId);
    }

    /** A new secret for my feed (the old one stops working); returned once, never stored. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String newFeedToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into calendar_feed (member_id, token_hash, created_at) values (:me, :hash, :now)
                on duplicate key update token_hash = :hash, created_at = :now""")
                .param("me", currentMember.require().memberId()).param("hash", hash(token))
                .param("now", Timestamp.from(clock.instant())).update();
        return token;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeFeed() {
        jdbc.sql("delete from calendar_feed where member_id = :me").param("me", currentMember.require().memberId()).update();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasFeed() {
        return jdbc.sql("select count(*) from calendar_feed where member_id = :me").param("me", currentMember.require().memberId())
                .query(Integer.class).single() > 0;
    }

    /** The feed behind a secret, for calendar apps (no sign-in: the secret is the key); empty when unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("select member_id from calendar_feed where token_hash = :hash").param("hash", hash(token))
                .query(Long.class).optional().map(member -> calendar.feedOf(member, contributions.stream()
                        .flatMap(contribution -> contribution.entriesFor(member).stream()).map(EventCalendar::entry).toList()));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
