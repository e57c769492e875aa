package eu.hubtable.member;

import eu.hubtable.core.security.CurrentMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact exchange between members: ask (with a short message), accept or decline, withdraw, remove.
 * One row per pair of members, unique in the database whichever side asked, so simultaneous asks
 * never make two requests; every change of state is one conditional UPDATE, so a request answered
 * in two tabs, or withdrawn while being accepted, is decided once.
 */
@Service
public class Contacts {

    public static final int MAX_MESSAGE = 500;
    private static final String SUMMARY = "m.id, m.display_name, m.headline, m.city, m.country_code";

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Contacts(JdbcClient jdbc, CurrentMember currentMember, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Asks another member to become contacts. If they already asked me, this accepts their request;
     * asking again changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContactState request(long memberId, @Nullable String message) {
        long me = currentMember.id();
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_MESSAGE) {
            throw new ContactRejected("contacts.message.too-long");
        }
        if (memberId == me || !isActive(memberId)) {
            throw new ContactRejected("contacts.member.unknown");
        }
        jdbc.sql("""
                insert ignore into contact_request (requester_id, recipient_id, message, status, created_at)
                values (:me, :them, :message, 'PENDING', :now)""")
                .param("me", me).param("them", memberId).param("message", text).param("now", now()).update();
        // a locking read: it sees a request the other member committed while this insert waited for it
        Pair pair = pair(me, memberId, " for update").orElseThrow();
        if (pair.status().equals("PENDING") && pair.recipientId() == me) {
            return accept(pair.id());
        }
        if (pair.status().equals("DECLINED") && pair.recipientId() == me) {
            // I once declined them and now ask myself: a fresh request from me
            jdbc.sql("""
                    update contact_request set requester_id = :me, recipient_id = :them, message = :message,
                        status = 'PENDING', created_at = :now, answered_at = null, version = version + 1
                    where id = :id and status = 'DECLINED' and recipient_id = :me""")
                    .param("me", me).param("them", memberId).param("message", text).param("now", now())
                    .param("id", pair.id()).update();
        }
        return stateWith(memberId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContactState accept(long requestId) {
        Pair pair = answer(requestId, "ACCEPTED");
        events.publishEvent(new ContactAccepted(pair.requesterId(), pair.recipientId(), clock.instant()));
        return stateWith(pair.requesterId());
    }

    /** Declines silently: the one who asked keeps seeing their request as sent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void decline(long requestId) {
        answer(requestId, "DECLINED");
    }

    /** Withdraws my pending request to this member, or ends our contact. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long memberId) {
        long me = currentMember.id();
        int removed = jdbc.sql("""
                delete from contact_request
                where member_low = least(:me, :them) and member_high = greatest(:me, :them)
                  and (status = 'ACCEPTED' or (status = 'PENDING' and requester_id = :me))""")
                .param("me", me).param("them", memberId).update();
        if (removed == 0) {
            throw new ContactRejected("contacts.request.gone");
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ContactState stateWith(long memberId) {
        long me = currentMember.id();
        if (memberId == me) {
            return ContactState.of(ContactStatus.SELF);
        }
        return pair(me, memberId, "").map(pair -> switch (pair.status()) {
            case "ACCEPTED" -> ContactState.of(ContactStatus.CONTACTS);
            case "PENDING" -> pair.requesterId() == me ? ContactState.of(ContactStatus.REQUESTED)
                    : new ContactState(ContactStatus.INCOMING, pair.id(), pair.message());
            default -> pair.requesterId() == me ? ContactState.of(ContactStatus.REQUESTED) : ContactState.of(ContactStatus.NONE);
        }).orElse(ContactState.of(ContactStatus.NONE));
    }

    /** Requests waiting for my answer, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContactRequestCard> incoming() {
        return jdbc.sql("select c.id as request_id, c.message, c.created_at, " + SUMMARY + """
                 from contact_request c join member m on m.id = c.requester_id
                where c.recipient_id = :me and c.status = 'PENDING' and m.status = 'ACTIVE' order by c.created_at, c.id""")
                .param("me", currentMember.id()).query(Contacts::requestCard).list();
    }

    /** Requests I sent that are not answered (declined ones included: declining is silent). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContactRequestCard> sent() {
        return jdbc.sql("select c.id as request_id, c.message, c.created_at, " + SUMMARY + """
                 from contact_request c join member m on m.id = c.recipient_id
                where c.requester_id = :me and c.status in ('PENDING', 'DECLINED') and m.status = 'ACTIVE'
                order by c.created_at desc, c.id desc""")
                .param("me", currentMember.id()).query(Contacts::requestCard).list();
    }

    /** My contacts with their details, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Contact> mine() {
        return jdbc.sql("select m.email, m.phone, m.website, c.answered_at, " + SUMMARY + """
                 from contact_request c
                 join member m on m.id = if(c.requester_id = :me, c.recipient_id, c.requester_id)
                where (c.requester_id = :me or c.recipient_id = :me) and c.status = 'ACCEPTED' and m.status = 'ACTIVE'
                order by m.display_name, m.id""")
                .param("me", currentMember.id())
                .query((rs, n) -> new Contact(summary(rs), rs.getString("email"), rs.getString("phone"),
                        rs.getString("website"), rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    /** How many requests wait for my answer (the navigation shows it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int waitingForMe() {
        return jdbc.sql("select count(*) from contact_request where recipient_id = :me and status = 'PENDING'")
                .param("me", currentMember.id()).query(Integer.class).single();
    }

    boolean areContacts(long one, long other) {
        return pair(one, other, "").filter(pair -> pair.status().equals("ACCEPTED")).isPresent();
    }

    private Pair answer(long requestId, String status) {
        long me = currentMember.id();
        int changed = jdbc.sql("""
                update contact_request set status = :status, answered_at = :now, version = version + 1
                where id = :id and recipient_id = :me and status = 'PENDING'""")
                .param("status", status).param("now", now()).param("id", requestId).param("me", me).update();
        if (changed == 0) {
            throw new ContactRejected("contacts.request.gone");
        }
        return jdbc.sql("select id, requester_id, recipient_id, status, message from contact_request where id = :id")
                .param("id", requestId).query(Contacts::pairRow).single();
    }

    private Optional<Pair> pair(long one, long other, String lock) {
        return jdbc.sql("""
                select id, requester_id, recipient_id, status, message from contact_request
                where member_low = least(:one, :other) and member_high = greatest(:one, :other)""" + lock)
                .param("one", one).param("other", other).query(Contacts::pairRow).optional();
    }

    private boolean isActive(long memberId) {
        return jdbc.sql("select count(*) from member where id = :id and status = 'ACTIVE'").param("id", memberId)
                .query(Integer.class).single() == 1;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Pair pairRow(ResultSet rs, int n) throws SQLException {
        return new Pair(rs.getLong("id"), rs.getLong("requester_id"), rs.getLong("recipient_id"), rs.getString("status"),
                rs.getString("message"));
    }

    private static ContactRequestCard requestCard(ResultSet rs, int n) throws SQLException {
        return new ContactRequestCard(rs.getLong("request_id"), summary(rs), rs.getString("message"), rs.getTimestamp("created_at").toInstant());
    }

    private static MemberSummary summary(ResultSet rs) throws SQLException {
        return new MemberSummary(rs.getLong("id"), rs.getString("display_name"), rs.getString("headline"),
                rs.getString("city"), rs.getString("country_code"));
    }

    private record Pair(long id, long requesterId, long recipientId, String status, @Nullable String message) {
    }
}
