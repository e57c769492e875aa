package eu.hubtable.matching;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.vocabulary.WebAddress;
import eu.hubtable.matching.MeetingRejected.Field;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meeting slots at an event. Those taking part (going, or managing the host) publish free slots
 * inside the event's time; others request one, alone or bringing up to two more participants, with a
 * short purpose; the slot's owner accepts or declines, the requester may cancel.
 * <p>
 * Two rules are kept by the database, not by this code's good behaviour:
 * <ul>
 * <li>Nobody is double-booked. A published slot holds its owner's time, a pending or accepted request
 * holds the time of everyone in it: one {@code meeting_booking} row per member and per 5-minute unit,
 * under the primary key (member, unit). We chose this over locking member rows and checking for
 * overlaps because the key holds for every writer (a second node, a bug, a hand-written statement),
 * needs no lock ordering across members, and two requests by the same member for overlapping slots
 * simply collide on a key. Rows are inserted member by member in id order, so concurrent requests
 * wait for each other in one order; a deadlock the database still reports is retried.</li>
 * <li>A slot never holds more guests than it welcomes: its seats are counted after locking its row.</li>
 * </ul>
 * A pending request holds its seats and its people's time until the owner declines or the requester
 * cancels: the first to ask is first in line, and nobody can be accepted into two meetings at once.
 */
@Service
public class MeetingSlots {

    public static final int MAX_PURPOSE = 200;
    public static final int MAX_GUESTS = 3;
    public static final int MAX_TABLE = 16;
    public static final int MAX_VIDEO_URL = 500;
    /** Everyone in a request: the requester and up to two people they bring (with the owner, four at most). */
    public static final int MAX_BROUGHT = 2;
    public static final List<Integer> LENGTHS = List.of(15, 20, 30);
    static final Duration UNIT = Duration.ofMinutes(5);
    private static final int ATTEMPTS = 5;
    private static final String SLOT = """
            select s.id, s.event_id, e.title, s.owner_id, m.display_name, s.starts_at, s.ends_at, e.time_zone, s.guests,
                   coalesce((select sum(r.seats) from meeting_request r
                             where r.slot_id = s.id and r.status in ('PENDING', 'ACCEPTED')), 0) as taken,
                   s.table_label, s.video_url
            from meeting_slot s join event e on e.id = s.event_id join member m on m.id = s.owner_id""";

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeetingMail mail;

    MeetingSlots(JdbcClient jdbc, CurrentMember currentMember, TransactionTemplate transaction, Clock clock, MeetingMail mail) {
        this.mail = mail;
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.transaction = transaction;
        this.clock = clock;
    }

    private record EventFacts(long id, String format, Instant startsAt, Instant endsAt, ZoneId zone, boolean cancelled) {
    }

    /** Publishes a free slot of mine at the event; refused field by field, or as a whole when I do not take part. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long publish(long eventId, SlotForm form) {
        long me = currentMember.require().memberId();
        EventFacts event = event(eventId);
        if (event.cancelled()) {
            throw new MeetingRefused("meeting.event.cancelled");
        }
        if (!attends(eventId, me)) {
            throw new MeetingRefused("meeting.not-attending");
        }
        Map<Field, String> problems = new EnumMap<>(Field.class);
        Instant starts = form.startsAt() == null ? null : form.startsAt().atZone(event.zone()).toInstant();
        Instant ends = starts == null ? null : starts.plus(Duration.ofMinutes(form.minutes()));
        if (starts == null) {
            problems.put(Field.START, "meeting.start.required");
        } else if (starts.getEpochSecond() % UNIT.toSeconds() != 0 || starts.getNano() != 0) {
            problems.put(Field.START, "meeting.start.step");
        } else if (!starts.isAfter(clock.instant())) {
            problems.put(Field.START, "meeting.start.past");
        } else if (starts.isBefore(event.startsAt()) || ends.isAfter(event.endsAt())) {
            problems.put(Field.START, "meeting.start.outside-event");
        }
        if (!LENGTHS.contains(form.minutes())) {
            problems.put(Field.LENGTH, "meeting.length.choose");
        }
        if (form.guests() < 1 || form.guests() > MAX_GUESTS) {
            problems.put(Field.GUESTS, "meeting.guests.range");
        }
        String table = blankToNull(event.format().equals("ONLINE") ? null : form.table());
        String video = blankToNull(event.format().equals("IN_PERSON") ? null : form.videoUrl());
        if (table != null && table.length() > MAX_TABLE) {
            problems.put(Field.PLACE, "meeting.place.table-length");
        } else if (video != null && !WebAddress.isValid(video, MAX_VIDEO_URL)) {
            problems.put(Field.PLACE, "meeting.place.video");
        } else if (table == null && video == null) {
            problems.put(Field.PLACE, switch (event.format()) {
                case "ONLINE" -> "meeting.place.video";
                case "IN_PERSON" -> "meeting.place.table";
                default -> "meeting.place.either";
            });
        }
        if (!problems.isEmpty()) {
            throw new MeetingRejected(problems);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting_slot (event_id, owner_id, starts_at, ends_at, guests, table_label, video_url, created_at)
                values (:event, :me, :starts, :ends, :guests, :table, :video, :now)""")
                .param("event", eventId).param("me", me).param("starts", Timestamp.from(starts)).param("ends", Timestamp.from(ends))
                .param("guests", form.guests()).param("table", table).param("video", video)
                .param("now", Timestamp.from(clock.instant())).update(key);
        long slotId = key.getKey().longValue();
        if (!book(me, slotId, null, starts, ends)) {
            throw new MeetingRefused("meeting.you-are-busy");
        }
        return slotId;
    }

    /** Takes my slot back, as long as nobody's request holds it (decline those first). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(long slotId) {
        Slot slot = lockSlot(slotId);
        if (slot.ownerId() != currentMember.require().memberId()) {
            throw new AccessDeniedException("Only its owner withdraws slot " + slotId);
        }
        if (taken(slotId) > 0) {
            throw new MeetingRefused("meeting.slot.has-requests");
        }
        jdbc.sql("delete from meeting_slot where id = :id").param("id", slotId).update();
    }

    /**
     * Asks for a meeting in a slot, for me and the participants I bring. Returns the request's id; it
     * is pending (and holds its seats and everyone's time) until the owner answers.
     */
    @PreAuthorize("isAuthenticated()")
    public long request(long slotId, String purpose, Collection<Long> brought) {
        long me = currentMember.require().memberId();
        Map<Field, String> problems = new EnumMap<>(Field.class);
        String text = purpose.strip();
        if (text.isEmpty()) {
            problems.put(Field.PURPOSE, "meeting.purpose.required");
        } else if (text.codePointCount(0, text.length()) > MAX_PURPOSE) {
            problems.put(Field.PURPOSE, "meeting.purpose.too-long");
        }
        Set<Long> people = new TreeSet<>(brought);
        people.add(me);
        if (people.size() > 1 + MAX_BROUGHT) {
            problems.put(Field.PEOPLE, "meeting.people.too-many");
        }
        if (!problems.isEmpty()) {
            throw new MeetingRejected(problems);
        }
        Instant now = clock.instant();
        return retrying(() -> transaction.execute(status -> ask(slotId, me, text, people, now)));
    }

    private long ask(long slotId, long me, String purpose, Set<Long> people, Instant now) {
        // the slot's lock comes first: every read below sees what was committed before we hold it
        Slot slot = lockSlot(slotId);
        EventFacts event = event(slot.eventId());
        if (event.cancelled()) {
            throw new MeetingRefused("meeting.event.cancelled");
        }
        if (!attends(event.id(), me)) {
            throw new MeetingRefused("meeting.not-attending");
        }
        if (slot.ownerId() == me) {
            throw new MeetingRefused("meeting.slot.own");
        }
        if (!slot.startsAt().isAfter(now)) {
            throw new MeetingRefused("meeting.slot.past");
        }
        if (slot.startsAt().isBefore(event.startsAt()) || slot.endsAt().isAfter(event.endsAt())) {
            throw new MeetingRefused("meeting.slot.outside-event");
        }
        if (people.contains(slot.ownerId())) {
            throw new MeetingRejected(Map.of(Field.PEOPLE, "meeting.people.owner"));
        }
        if (people.stream().anyMatch(member -> member != me && !attends(event.id(), member))) {
            throw new MeetingRejected(Map.of(Field.PEOPLE, "meeting.people.not-attending"));
        }
        int taken = taken(slotId);
        if (taken >= slot.guests()) {
            throw new MeetingRefused("meeting.slot.taken");
        }
        if (taken + people.size() > slot.guests()) {
            throw new MeetingRefused("meeting.slot.too-few-seats");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting_request (slot_id, requester_id, purpose, seats, status, created_at)
                values (:slot, :me, :purpose, :seats, 'PENDING', :now)""")
                .param("slot", slotId).param("me", me).param("purpose", purpose).param("seats", people.size())
                .param("now", Timestamp.from(now)).update(key);
        long requestId = key.getKey().longValue();
        for (long member : people) {
            jdbc.sql("insert into meeting_guest (request_id, member_id) values (:request, :member)")
                    .param("request", requestId).param("member", member).update();
        }
        // member by member in id order (the set is sorted): concurrent requests queue in one order
        for (long member : people) {
            if (!book(member, slotId, requestId, slot.startsAt(), slot.endsAt())) {
                throw new MeetingRefused(member == me ? "meeting.you-are-busy" : "meeting.guest-busy");
            }
        }
        mail.requested(requestId);
        return requestId;
    }

    /** The slot's owner accepts a pending request: the meeting will happen. */
    @PreAuthorize("isAuthenticated()")
    public void accept(long requestId) {
        answer(requestId, MeetingStatus.ACCEPTED);
    }

    /** The slot's owner declines a request (pending, or accepted after all): its seats and everyone's time are free again. */
    @PreAuthorize("isAuthenticated()")
    public void decline(long requestId) {
        answer(requestId, MeetingStatus.DECLINED);
    }

    /** The requester calls it off: its seats and everyone's time are free again. */
    @PreAuthorize("isAuthenticated()")
    public void cancel(long requestId) {
        answer(requestId, MeetingStatus.CANCELLED);
    }

    private void answer(long requestId, MeetingStatus to) {
        long me = currentMember.require().memberId();
        Instant now = clock.instant();
        retrying(() -> transaction.execute(status -> {
            record Held(long slotId, long requesterId, MeetingStatus status) {
            }
            Held request = jdbc.sql("select slot_id, requester_id, status from meeting_request where id = :id")
                    .param("id", requestId).query((rs, n) -> new Held(rs.getLong(1), rs.getLong(2), MeetingStatus.valueOf(rs.getString(3))))
                    .optional().orElseThrow(() -> new MeetingRefused("meeting.request.not-found"));
            Slot slot = lockSlot(request.slotId());
            boolean allowed = to == MeetingStatus.CANCELLED ? request.requesterId() == me : slot.ownerId() == me;
            if (!allowed) {
                throw new AccessDeniedException("Member " + me + " may not set request " + requestId + " to " + to);
            }
            MeetingStatus current = MeetingStatus.valueOf(jdbc.sql("select status from meeting_request where id = :id for update")
                    .param("id", requestId).query(String.class).single());
            boolean open = current == MeetingStatus.PENDING || (current == MeetingStatus.ACCEPTED && to != MeetingStatus.ACCEPTED);
            if (!open) {
                throw new MeetingRefused("meeting.request.answered");
            }
            if (!now.isBefore(slot.endsAt())) {
                throw new MeetingRefused("meeting.slot.over");
            }
            jdbc.sql("update meeting_request set status = :to, answered_at = :now, version = version + 1 where id = :id")
                    .param("to", to.name()).param("now", Timestamp.from(now)).param("id", requestId).update();
            jdbc.sql("update meeting_slot set version = version + 1 where id = :id").param("id", request.slotId()).update();
            if (to != MeetingStatus.ACCEPTED) {
                jdbc.sql("delete from meeting_booking where request_id = :id").param("id", requestId).update();
            }
            mail.answered(requestId, to);
            return null;
        }));
    }

    /**
     * Someone brought into a request steps out of it (the requester and the others stay): their seat
     * and their time are free again.
     */
    @PreAuthorize("isAuthenticated()")
    public void leave(long requestId) {
        long me = currentMember.require().memberId();
        Instant now = clock.instant();
        retrying(() -> transaction.execute(status -> {
            long slotId = jdbc.sql("select slot_id from meeting_request where id = :id").param("id", requestId).query(Long.class)
                    .optional().orElseThrow(() -> new MeetingRefused("meeting.request.not-found"));
            Slot slot = lockSlot(slotId);
            record Mine(long requesterId, MeetingStatus status, boolean guest) {
            }
            Mine request = jdbc.sql("""
                    select requester_id, status, exists (select 1 from meeting_guest g where g.request_id = r.id and g.member_id = :me)
                    from meeting_request r where id = :id for update""")
                    .param("id", requestId).param("me", me)
                    .query((rs, n) -> new Mine(rs.getLong(1), MeetingStatus.valueOf(rs.getString(2)), rs.getBoolean(3))).single();
            if (!request.guest() || request.requesterId() == me) {
                throw new AccessDeniedException("Member " + me + " was not brought into request " + requestId);
            }
            if (request.status() != MeetingStatus.PENDING && request.status() != MeetingStatus.ACCEPTED) {
                throw new MeetingRefused("meeting.request.answered");
            }
            if (!now.isBefore(slot.endsAt())) {
                throw new MeetingRefused("meeting.slot.over");
            }
            jdbc.sql("delete from meeting_guest where request_id = :id and member_id = :me").param("id", requestId).param("me", me).update();
            jdbc.sql("delete from meeting_booking where request_id = :id and member_id = :me").param("id", requestId).param("me", me)
                    .update();
            jdbc.sql("update meeting_request set seats = seats - 1, version = version + 1 where id = :id").param("id", requestId).update();
            jdbc.sql("update meeting_slot set version = version + 1 where id = :id").param("id", slotId).update();
            return null;
        }));
    }

    /** The event's slots still to come, by time (for those taking part); seats left say which can be requested. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SlotCard> slotsOf(long eventId) {
        long me = currentMember.require().memberId();
        event(eventId);
        if (!attends(eventId, me)) {
            throw new MeetingRefused("meeting.not-attending");
        }
        List<SlotCard> slots = jdbc.sql(SLOT + " where s.event_id = :event and s.starts_at > :now order by s.starts_at, s.id limit 500")
                .param("event", eventId).param("now", Timestamp.from(clock.instant())).query(MeetingSlots::slot).list();
        return withRequests(slots, me);
    }

    /** Whether I may publish and request slots at the event: going, or managing its host. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean takesPart(long eventId) {
        return attends(eventId, currentMember.require().memberId());
    }

    /** The others taking part in the event, by name: whom I may bring to a meeting. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Participant> participants(long eventId) {
        long me = currentMember.require().memberId();
        if (!attends(eventId, me)) {
            throw new MeetingRefused("meeting.not-attending");
        }
        return jdbc.sql("""
                select m.id, m.display_name from member m
                where m.status = 'ACTIVE' and m.id <> :me
                  and (exists (select 1 from rsvp r where r.event_id = :event and r.member_id = m.id and r.status = 'GOING')
                       or exists (select 1 from event e join organisation_membership o on o.organisation_id = e.organisation_id
                                  where e.id = :event and o.member_id = m.id and o.role = 'MANAGER'))
                order by m.display_name, m.id limit 1000""")
                .param("me", me).param("event", eventId).query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2))).list();
    }

    /** My own schedule. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MySchedule schedule() {
        return scheduleOf(currentMember.require().memberId());
    }

    /** A member's schedule: only for that member (nobody sees whom others meet). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MySchedule scheduleOf(long memberId) {
        long me = currentMember.require().memberId();
        if (memberId != me) {
            throw new AccessDeniedException("Member " + me + " may not see the meetings of member " + memberId);
        }
        List<SlotCard> mine = jdbc.sql(SLOT + " where s.owner_id = :me order by s.starts_at, s.id limit 500").param("me", me)
                .query(MeetingSlots::slot).list();
        List<Long> asked = jdbc.sql("""
                select g.request_id from meeting_guest g join meeting_request r on r.id = g.request_id
                join meeting_slot s on s.id = r.slot_id where g.member_id = :me order by s.starts_at, r.id limit 500""")
                .param("me", me).query(Long.class).list();
        List<Long> theirSlotIds = asked.isEmpty() ? List.of()
                : jdbc.sql("select distinct slot_id from meeting_request where id in (:ids)").param("ids", asked).query(Long.class).list();
        List<SlotCard> theirs = theirSlotIds.isEmpty() ? List.of()
                : jdbc.sql(SLOT + " where s.id in (:ids)").param("ids", theirSlotIds).query(MeetingSlots::slot).list();
        Map<Long, List<RequestCard>> requests = requestsOf(
                java.util.stream.Stream.concat(mine.stream(), theirs.stream()).map(SlotCard::id).distinct().toList());
        List<SlotCard> slots = mine.stream().map(slot -> withRequests(slot, requests.getOrDefault(slot.id(), List.of()))).toList();
        Map<Long, SlotCard> bySlot = new LinkedHashMap<>();
        theirs.forEach(slot -> bySlot.put(slot.id(), slot));
        List<MyRequest> myRequests = new ArrayList<>();
        List<MeetingCard> meetings = new ArrayList<>();
        for (SlotCard slot : slots) {
            if (slot.requests().stream().anyMatch(r -> r.status() == MeetingStatus.ACCEPTED)) {
                meetings.add(meeting(slot, slot.requests(), true));
            }
        }
        Map<Long, RequestCard> byId = new LinkedHashMap<>();
        requests.values().forEach(ofSlot -> ofSlot.forEach(request -> byId.put(request.id(), request)));
        Set<Long> inMeeting = new TreeSet<>();
        for (long requestId : asked) {
            RequestCard request = byId.get(requestId);
            SlotCard slot = bySlot.get(request.slotId());
            myRequests.add(new MyRequest(request, slot, request.requesterId() == me));
            if (request.status() == MeetingStatus.ACCEPTED && inMeeting.add(slot.id())) {
                meetings.add(meeting(slot, requests.get(slot.id()), false));
            }
        }
        meetings.sort(Comparator.comparing(MeetingCard::startsAt));
        myRequests.sort(Comparator.comparing((MyRequest r) -> r.slot().startsAt()).thenComparing(r -> r.request().id()));
        return new MySchedule(slots, myRequests, meetings);
    }

    private static MeetingCard meeting(SlotCard slot, List<RequestCard> requests, boolean owner) {
        List<RequestCard> accepted = requests.stream().filter(r -> r.status() == MeetingStatus.ACCEPTED).toList();
        List<String> people = new ArrayList<>();
        people.add(slot.ownerName());
        accepted.forEach(r -> {
            people.add(r.requesterName());
            people.addAll(r.others());
        });
        return new MeetingCard(slot.id(), slot.eventId(), slot.eventTitle(), slot.startsAt(), slot.endsAt(), slot.zone(), slot.table(),
                slot.videoUrl(), people, accepted.stream().map(RequestCard::purpose).toList(), owner);
    }

    private List<SlotCard> withRequests(List<SlotCard> slots, long me) {
        List<Long> own = slots.stream().filter(slot -> slot.ownerId() == me).map(SlotCard::id).toList();
        Map<Long, List<RequestCard>> requests = requestsOf(own);
        return slots.stream().map(slot -> withRequests(slot, requests.getOrDefault(slot.id(), List.of()))).toList();
    }

    private static SlotCard withRequests(SlotCard slot, List<RequestCard> requests) {
        return new SlotCard(slot.id(), slot.eventId(), slot.eventTitle(), slot.ownerId(), slot.ownerName(), slot.startsAt(),
                slot.endsAt(), slot.zone(), slot.guests(), slot.seatsTaken(), slot.table(), slot.videoUrl(), requests);
    }

    /** The requests of these slots (all of them, for the owner), each with the names of those brought. */
    private Map<Long, List<RequestCard>> requestsOf(List<Long> slotIds) {
        if (slotIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> others = new LinkedHashMap<>();
        jdbc.sql("""
                select g.request_id, m.display_name from meeting_guest g join meeting_request r on r.id = g.request_id
                join member m on m.id = g.member_id
                where r.slot_id in (:slots) and g.member_id <> r.requester_id order by m.display_name""")
                .param("slots", slotIds)
                .query(rs -> {
                    others.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<RequestCard>> bySlot = new LinkedHashMap<>();
        jdbc.sql("""
                select r.id, r.slot_id, r.requester_id, m.display_name, r.purpose, r.seats, r.status
                from meeting_request r join member m on m.id = r.requester_id where r.slot_id in (:slots) order by r.id""")
                .param("slots", slotIds)
                .query((rs, n) -> new RequestCard(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        others.getOrDefault(rs.getLong(1), List.of()), rs.getString(5), rs.getInt(6),
                        MeetingStatus.valueOf(rs.getString(7))))
                .list().forEach(card -> bySlot.computeIfAbsent(card.slotId(), id -> new ArrayList<>()).add(card));
        return bySlot;
    }

    private record Slot(long eventId, long ownerId, Instant startsAt, Instant endsAt, int guests) {
    }

    private Slot lockSlot(long slotId) {
        return jdbc.sql("select event_id, owner_id, starts_at, ends_at, guests from meeting_slot where id = :id for update")
                .param("id", slotId)
                .query((rs, n) -> new Slot(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                        rs.getInt(5)))
                .optional().orElseThrow(() -> new MeetingRefused("meeting.slot.not-found"));
    }

    private int taken(long slotId) {
        return jdbc.sql("select coalesce(sum(seats), 0) from meeting_request where slot_id = :slot and status in ('PENDING', 'ACCEPTED')")
                .param("slot", slotId).query(Integer.class).single();
    }

    /** Holds the member's time from start to end for this slot (or request); false when some of it is already held. */
    private boolean book(long member, long slotId, @Nullable Long requestId, Instant starts, Instant ends) {
        StringBuilder sql = new StringBuilder("insert into meeting_booking (member_id, unit_at, slot_id, request_id) values ");
        List<Timestamp> units = new ArrayList<>();
        for (Instant unit = starts; unit.isBefore(ends); unit = unit.plus(UNIT)) {
            sql.append(units.isEmpty() ? "" : ", ").append("(:member, :u").append(units.size()).append(", :slot, :request)");
            units.add(Timestamp.from(unit));
        }
        JdbcClient.StatementSpec insert = jdbc.sql(sql.toString()).param("member", member).param("slot", slotId)
                .param("request", requestId);
        for (int i = 0; i < units.size(); i++) {
            insert = insert.param("u" + i, units.get(i));
        }
        try {
            insert.update();
            return true;
        } catch (DuplicateKeyException alreadyHeld) {
            return false;
        }
    }

    private EventFacts event(long eventId) {
        return jdbc.sql("select id, format, starts_at, ends_at, time_zone, state from event where id = :id").param("id", eventId)
                .query((rs, n) -> new EventFacts(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), ZoneId.of(rs.getString(5)), "CANCELLED".equals(rs.getString(6))))
                .optional().orElseThrow(() -> new MeetingRefused("meeting.event.not-found"));
    }

    /**
     * Taking part: going (checked in or not), or managing the host. Read from the event module's
     * tables, as the posts read member and organisation names: a read, never a write.
     */
    private boolean attends(long eventId, long memberId) {
        return jdbc.sql("""
                select exists (select 1 from rsvp r where r.event_id = :event and r.member_id = :member and r.status = 'GOING')
                    or exists (select 1 from event e join organisation_membership o on o.organisation_id = e.organisation_id
                               where e.id = :event and o.member_id = :member and o.role = 'MANAGER')""")
                .param("event", eventId).param("member", memberId).query(Boolean.class).single();
    }

    /** Runs the transaction again when the database chose it as a deadlock's victim (rare: rows are taken in one order). */
    private static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == ATTEMPTS) {
                    throw deadlock;
                }
            }
        }
    }

    private static SlotCard slot(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SlotCard(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12),
                List.of());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
