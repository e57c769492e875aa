package eu.hubtable.event;

import eu.hubtable.core.csv.CsvTable;
import eu.hubtable.core.security.CurrentMember;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Going, waitlisted, cancelled. Every answer locks the event row, so the seats are counted by one
 * transaction at a time: the capacity is never exceeded, and the order in which answers took the
 * lock is their arrival order (their id order), which is also the waitlist's order. A cancellation
 * hands the seat to the first on the waitlist in the same transaction.
 */
@Service
public class Rsvps {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final EventAccess access;
    private final EventMail mail;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Rsvps(JdbcClient jdbc, EventAccess access, EventMail mail, CurrentMember currentMember, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.access = access;
        this.mail = mail;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
    }

    private record Locked(long organisationId, EventState state, int capacity, @Nullable Instant deadline, Instant endsAt) {
    }

    /**
     * I am going: a seat if one is left, else a place on the waitlist. Answering twice changes
     * nothing. The mail the answer most likely needs is written before the event is locked (a seat
     * if seats were left a moment ago), so the lock is held only for the few statements that decide.
     */
    @PreAuthorize("isAuthenticated()")
    public RsvpStatus going(long eventId) {
        long me = currentMember.require().memberId();
        boolean seatsLeft = jdbc.sql("""
                select e.capacity > (select count(*) from rsvp r where r.event_id = e.id and r.status = 'GOING')
                from event e where e.id = :id""").param("id", eventId).query(Boolean.class).optional().orElse(true);
        EventMail.Kind likely = seatsLeft ? EventMail.Kind.CONFIRMED : EventMail.Kind.WAITLISTED;
        Optional<EventMail.Letter> letter = mail.compose(likely, eventId, me);
        Instant now = clock.instant();
        Decided decided = transaction.execute(status -> decide(eventId, me, now, likely, letter));
        if (decided.status() == RsvpStatus.GOING && decided.isNew()) {
            events.publishEvent(new RsvpConfirmed(eventId, decided.organisationId(), me, now));
        }
        return decided.status();
    }

    private record Decided(RsvpStatus status, boolean isNew, long organisationId) {
    }

    private Decided decide(long eventId, long me, Instant now, EventMail.Kind likely, Optional<EventMail.Letter> letter) {
        Locked event = lock(eventId);
        if (event.state() == EventState.CANCELLED) {
            throw new EventRefused("event.cancelled");
        }
        if (!now.isBefore(event.endsAt())) {
            throw new EventRefused("event.over");
        }
        if (event.deadline() != null && now.isAfter(event.deadline())) {
            throw new EventRefused("event.deadline.passed");
        }
        Optional<RsvpStatus> existing = jdbc.sql("select status from rsvp where event_id = :event and member_id = :me for update")
                .param("event", eventId).param("me", me).query(String.class).optional().map(RsvpStatus::valueOf);
        if (existing.isPresent() && existing.get() != RsvpStatus.CANCELLED) {
            return new Decided(existing.get(), false, event.organisationId());
        }
        // answering again after cancelling is a new arrival: the end of the waitlist, a fresh ticket
        if (existing.isPresent()) {
            jdbc.sql("delete from rsvp where event_id = :event and member_id = :me").param("event", eventId).param("me", me).update();
        }
        // a plain read, after the lock: it sees every answer committed before ours
        int going = jdbc.sql("select count(*) from rsvp where event_id = :event and status = 'GOING'")
                .param("event", eventId).query(Integer.class).single();
        RsvpStatus status = going < event.capacity() ? RsvpStatus.GOING : RsvpStatus.WAITLISTED;
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                insert into rsvp (event_id, member_id, status, checkin_token, created_at, updated_at)
                values (:event, :me, :status, :token, :now, :now)""")
                .param("event", eventId).param("me", me).param("status", status.name()).param("token", newToken())
                .param("now", at).update();
        EventMail.Kind kind = status == RsvpStatus.GOING ? EventMail.Kind.CONFIRMED : EventMail.Kind.WAITLISTED;
        (kind == likely ? letter : mail.compose(kind, eventId, me)).ifPresent(mail::queue);
        return new Decided(status, true, event.organisationId());
    }

    /** I am not coming after all: my seat goes to the first on the waitlist, who is told by mail. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancel(long eventId) {
        long me = currentMember.require().memberId();
        Locked event = lock(eventId);
        Optional<RsvpStatus> mine = jdbc.sql("select status from rsvp where event_id = :event and member_id = :me for update")
                .param("event", eventId).param("me", me).query(String.class).optional().map(RsvpStatus::valueOf);
        if (mine.isEmpty() || mine.get() == RsvpStatus.CANCELLED) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update rsvp set status = 'CANCELLED', updated_at = :now, version = version + 1 where event_id = :event and member_id = :me")
                .param("now", now).param("event", eventId).param("me", me).update();
        if (mine.get() == RsvpStatus.GOING && event.state() == EventState.SCHEDULED && now.toInstant().isBefore(event.endsAt())) {
            promoteFirstWaiting(eventId, event.organisationId(), now);
        }
    }

    private void promoteFirstWaiting(long eventId, long organisationId, Timestamp now) {
        jdbc.sql("select id, member_id from rsvp where event_id = :event and status = 'WAITLISTED' order by id limit 1 for update")
                .param("event", eventId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional()
                .ifPresent(first -> {
                    jdbc.sql("update rsvp set status = 'GOING', updated_at = :now, version = version + 1 where id = :id")
                            .param("now", now).param("id", first[0]).update();
                    mail.send(EventMail.Kind.PROMOTED, eventId, first[1]);
                    events.publishEvent(new RsvpConfirmed(eventId, organisationId, first[1], now.toInstant()));
                });
    }

    /** Everyone who answered, going first then the waitlist in order (the host's managers only). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Attendee> attendees(long eventId) {
        access.hosted(eventId);
        return jdbc.sql("""
                select m.id, m.display_name, m.email, r.status, r.created_at, r.checked_in_at
                from rsvp r join member m on m.id = r.member_id
                where r.event_id = :event and r.status <> 'CANCELLED' and m.status = 'ACTIVE'
                order by r.status = 'WAITLISTED', r.id""")
                .param("event", eventId)
                .query((rs, n) -> new Attendee(rs.getLong(1), rs.getString(2), rs.getString(3), RsvpStatus.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(), Events.instant(rs.getTimestamp(6))))
                .list();
    }

    /** The attendee list as CSV (UTF-8, spreadsheet-safe), with headers in the host's language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String attendeesCsv(long eventId, List<String> headers) {
        return new CsvTable<Attendee>().column(headers.get(0), Attendee::displayName).column(headers.get(1), Attendee::email)
                .column(headers.get(2), a -> a.status().name()).column(headers.get(3), Attendee::answeredAt)
                .column(headers.get(4), Attendee::checkedInAt)
                .write(attendees(eventId));
    }

    private Locked lock(long eventId) {
        return jdbc.sql("select organisation_id, state, capacity, rsvp_deadline, ends_at from event where id = :id for update")
                .param("id", eventId)
                .query((rs, n) -> new Locked(rs.getLong(1), EventState.valueOf(rs.getString(2)), rs.getInt(3),
                        Events.instant(rs.getTimestamp(4)), rs.getTimestamp(5).toInstant()))
                .optional().orElseThrow(() -> new EventRefused("event.not-found"));
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
