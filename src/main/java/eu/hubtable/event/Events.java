package eu.hubtable.event;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.event.EventRejected.Field;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events: planned by a host's managers at one of the host's venues and/or online through one of its
 * rooms, listed to every member, rescheduled or cancelled with everyone who answered told by mail.
 */
@Service
public class Events {

    public static final int MAX_TITLE = 160;
    public static final int MAX_THEME = 80;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_CAPACITY = 5000;
    private static final int LIST_LIMIT = 200;
    private static final String CARD = """
            select e.id, e.title, e.theme, e.organisation_id, o.name as host, e.format, e.starts_at, e.ends_at, e.time_zone,
                   v.name as venue, e.state, e.capacity,
                   (select count(*) from rsvp r where r.event_id = e.id and r.status = 'GOING') as going
            from event e join organisation o on o.id = e.organisation_id left join venue v on v.id = e.venue_id""";

    private final JdbcClient jdbc;
    private final EventAccess access;
    private final EventMail mail;
    private final CurrentMember currentMember;
    private final Clock clock;

    Events(JdbcClient jdbc, EventAccess access, EventMail mail, CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.mail = mail;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long create(EventForm form) {
        if (!access.hosts(form.organisationId())) {
            throw new AccessDeniedException("Only managers of organisation " + form.organisationId() + " plan its events");
        }
        reject(problems(form, 0));
        ZoneId zone = ZoneId.of(form.timeZone());
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into event (organisation_id, venue_id, room_id, title, theme, description, company_presentation, topic,
                                   format, starts_at, ends_at, time_zone, capacity, rsvp_deadline, created_by, created_at, updated_at)
                values (:org, :venue, :room, :title, :theme, :description, :presentation, :topic, :format, :starts, :ends, :zone,
                        :capacity, :deadline, :me, :now, :now)""")
                .paramSource(fields(form, zone).addValue("org", form.organisationId())
                        .addValue("me", currentMember.require().memberId()).addValue("now", now))
                .update(key);
        return key.getKey().longValue();
    }

    /**
     * Changes an event (its host's managers). A new time raises the calendar sequence and tells
     * everyone who answered; the capacity never drops below those already going.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void update(long eventId, EventForm form) {
        access.hosted(eventId);
        record Current(Instant startsAt, Instant endsAt, EventState state, int going) {
        }
        Current current = jdbc.sql("""
                select starts_at, ends_at, state, (select count(*) from rsvp r where r.event_id = e.id and r.status = 'GOING')
                from event e where id = :id for update""")
                .param("id", eventId).query((rs, n) -> new Current(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        EventState.valueOf(rs.getString(3)), rs.getInt(4)))
                .single();
        if (current.state() == EventState.CANCELLED) {
            throw new EventRefused("event.cancelled");
        }
        reject(problems(form, current.going()));
        ZoneId zone = ZoneId.of(form.timeZone());
        Instant starts = Objects.requireNonNull(form.startsAt()).atZone(zone).toInstant();
        Instant ends = Objects.requireNonNull(form.endsAt()).atZone(zone).toInstant();
        boolean moved = !starts.equals(current.startsAt()) || !ends.equals(current.endsAt());
        jdbc.sql("""
                update event set venue_id = :venue, room_id = :room, title = :title, theme = :theme, description = :description,
                       company_presentation = :presentation, topic = :topic, format = :format, starts_at = :starts, ends_at = :ends,
                       time_zone = :zone, capacity = :capacity, rsvp_deadline = :deadline, updated_at = :now,
                       sequence = sequence + :moved, version = version + 1
                where id = :id""")
                .paramSource(fields(form, zone).addValue("now", Timestamp.from(clock.instant())).addValue("moved", moved ? 1 : 0)
                        .addValue("id", eventId))
                .update();
        if (moved) {
            answered(eventId).forEach(member -> mail.send(EventMail.Kind.RESCHEDULED, eventId, member));
        }
    }

    /** Cancels the event (its host's managers): everyone who answered is told, calendars show it cancelled. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancel(long eventId) {
        access.hosted(eventId);
        int changed = jdbc.sql("""
                update event set state = 'CANCELLED', sequence = sequence + 1, updated_at = :now, version = version + 1
                where id = :id and state = 'SCHEDULED'""")
                .param("now", Timestamp.from(clock.instant())).param("id", eventId).update();
        if (changed == 1) {
            answered(eventId).forEach(member -> mail.send(EventMail.Kind.CANCELLED, eventId, member));
        }
    }

    /** Upcoming or past events, optionally of one host, format, month (in the event's zone) or theme. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EventCard> list(EventPeriod period, @Nullable Long organisationId, @Nullable EventFormat format,
            @Nullable YearMonth month, @Nullable String theme) {
        String when = period == EventPeriod.UPCOMING ? "e.ends_at > :now" : "e.ends_at <= :now";
        String order = period == EventPeriod.UPCOMING ? "e.starts_at" : "e.starts_at desc";
        Instant from = month == null ? null : month.atDay(1).atStartOfDay(ZoneId.of("UTC")).minusHours(14).toInstant();
        Instant to = month == null ? null : month.plusMonths(1).atDay(1).atStartOfDay(ZoneId.of("UTC")).plusHours(14).toInstant();
        return jdbc.sql(CARD + " where " + when + """
                 and (:org is null or e.organisation_id = :org) and (:format is null or e.format = :format)
                 and (:theme is null or e.theme = :theme) and (:from is null or (e.starts_at >= :from and e.starts_at < :to))
                """ + " order by " + order + ", e.id limit " + LIST_LIMIT)
                .param("now", Timestamp.from(clock.instant())).param("org", organisationId)
                .param("format", format == null ? null : format.name()).param("theme", theme == null || theme.isBlank() ? null : theme)
                .param("from", from == null ? null : Timestamp.from(from)).param("to", to == null ? null : Timestamp.from(to))
                .query(Events::card).list().stream()
                .filter(card -> month == null || YearMonth.from(card.startsAt().atZone(ZoneId.of(card.timeZone()))).equals(month))
                .toList();
    }

    public record Host(long id, String name) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Host> hosts() {
        return jdbc.sql("select distinct o.id, o.name from event e join organisation o on o.id = e.organisation_id order by o.name")
                .query((rs, n) -> new Host(rs.getLong(1), rs.getString(2))).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> themes() {
        return jdbc.sql("select distinct theme from event order by theme").query(String.class).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EventDetails details(long eventId) {
        long me = currentMember.require().memberId();
        boolean hosting = access.hosts(access.hostOf(eventId));
        EventDetails.MyRsvp mine = jdbc.sql("""
                select r.status, r.checkin_token, r.checked_in_at,
                       (select count(*) from rsvp w where w.event_id = r.event_id and w.status = 'WAITLISTED' and w.id <= r.id)
                from rsvp r where r.event_id = :event and r.member_id = :me""")
                .param("event", eventId).param("me", me)
                .query((rs, n) -> new EventDetails.MyRsvp(RsvpStatus.valueOf(rs.getString(1)), rs.getInt(4), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional().orElse(null);
        return jdbc.sql("""
                select e.*, o.name as host, v.name as venue_name, v.address, v.accessibility_notes,
                       (select count(*) from rsvp r where r.event_id = e.id and r.status = 'GOING') as going,
                       (select count(*) from rsvp r where r.event_id = e.id and r.status = 'WAITLISTED') as waitlisted
                from event e join organisation o on o.id = e.organisation_id left join venue v on v.id = e.venue_id
                where e.id = :id""")
                .param("id", eventId)
                .query((rs, n) -> new EventDetails(rs.getLong("id"), rs.getString("title"), rs.getString("theme"),
                        rs.getString("description"), rs.getString("company_presentation"), rs.getString("topic"),
                        rs.getLong("organisation_id"), rs.getString("host"), EventFormat.valueOf(rs.getString("format")),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("time_zone"),
                        rs.getInt("capacity"), instant(rs.getTimestamp("rsvp_deadline")), EventState.valueOf(rs.getString("state")),
                        nullableLong(rs, "venue_id"), rs.getString("venue_name"), rs.getString("address"),
                        rs.getString("accessibility_notes"), nullableLong(rs, "room_id"), rs.getInt("going"), rs.getInt("waitlisted"),
                        mine, hosting))
                .optional().orElseThrow(() -> new EventRefused("event.not-found"));
    }

    private List<Long> answered(long eventId) {
        return jdbc.sql("select member_id from rsvp where event_id = :id and status <> 'CANCELLED' order by id")
                .param("id", eventId).query(Long.class).list();
    }

    private Map<Field, String> problems(EventForm form, int going) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (form.title().isBlank() || form.title().strip().length() > MAX_TITLE) {
            problems.put(Field.TITLE, "event.title.length");
        }
        if (form.theme().isBlank() || form.theme().strip().length() > MAX_THEME) {
            problems.put(Field.THEME, "event.theme.length");
        }
        for (String text : new String[] {form.description(), form.companyPresentation()}) {
            if (text != null && text.length() > MAX_TEXT) {
                problems.put(Field.DESCRIPTION, "event.text.too-long");
            }
        }
        if (form.topic() != null && form.topic().length() > 300) {
            problems.put(Field.DESCRIPTION, "event.text.too-long");
        }
        boolean online = form.format() != EventFormat.IN_PERSON;
        boolean inPerson = form.format() != EventFormat.ONLINE;
        if ((inPerson && form.venueId() == null) || (online && form.roomId() == null)) {
            problems.put(Field.PLACE, form.format() == EventFormat.HYBRID ? "event.place.hybrid"
                    : inPerson ? "event.place.venue" : "event.place.room");
        } else if ((form.venueId() != null && !ownedBy("venue", form.venueId(), form.organisationId()))
                || (form.roomId() != null && !ownedBy("room", form.roomId(), form.organisationId()))) {
            problems.put(Field.PLACE, "event.place.not-host");
        }
        ZoneId zone = zone(form.timeZone());
        if (zone == null) {
            problems.put(Field.TIME_ZONE, "event.time-zone.unknown");
        }
        if (form.startsAt() == null || form.endsAt() == null || !form.endsAt().isAfter(form.startsAt())) {
            problems.put(Field.SCHEDULE, "event.schedule.order");
        } else if (Duration.between(form.startsAt(), form.endsAt()).toDays() > 14) {
            problems.put(Field.SCHEDULE, "event.schedule.too-long");
        } else if (form.rsvpDeadline() != null && form.rsvpDeadline().isAfter(form.startsAt())) {
            problems.put(Field.DEADLINE, "event.deadline.after-start");
        }
        if (form.capacity() < 1 || form.capacity() > MAX_CAPACITY) {
            problems.put(Field.CAPACITY, "event.capacity.range");
        } else if (form.capacity() < going) {
            problems.put(Field.CAPACITY, "event.capacity.below-going");
        }
        return problems;
    }

    /** The organisation hosting an event, for other modules' event intake (who hosts is public). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> hostOf(long eventId) {
        return jdbc.sql("select organisation_id from event where id = :id").param("id", eventId).query(Long.class).optional();
    }

    private boolean ownedBy(String table, long id, long organisationId) {
        return jdbc.sql("select count(*) from " + table + " where id = :id and organisation_id = :org")
                .param("id", id).param("org", organisationId).query(Integer.class).single() > 0;
    }

    private static void reject(Map<Field, String> problems) {
        if (!problems.isEmpty()) {
            throw new EventRejected(problems);
        }
    }

    private static MapSqlParameterSource fields(EventForm form, ZoneId zone) {
        return new MapSqlParameterSource()
                .addValue("venue", form.format() == EventFormat.ONLINE ? null : form.venueId())
                .addValue("room", form.format() == EventFormat.IN_PERSON ? null : form.roomId())
                .addValue("title", form.title().strip()).addValue("theme", form.theme().strip())
                .addValue("description", blankToNull(form.description()))
                .addValue("presentation", blankToNull(form.companyPresentation())).addValue("topic", blankToNull(form.topic()))
                .addValue("format", form.format().name())
                .addValue("starts", Timestamp.from(Objects.requireNonNull(form.startsAt()).atZone(zone).toInstant()))
                .addValue("ends", Timestamp.from(Objects.requireNonNull(form.endsAt()).atZone(zone).toInstant()))
                .addValue("zone", zone.getId()).addValue("capacity", form.capacity())
                .addValue("deadline", form.rsvpDeadline() == null ? null : Timestamp.from(form.rsvpDeadline().atZone(zone).toInstant()));
    }

    private static EventCard card(ResultSet rs, int row) throws SQLException {
        return new EventCard(rs.getLong("id"), rs.getString("title"), rs.getString("theme"), rs.getLong("organisation_id"),
                rs.getString("host"), EventFormat.valueOf(rs.getString("format")), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getString("time_zone"), rs.getString("venue"),
                EventState.valueOf(rs.getString("state")), rs.getInt("capacity"), rs.getInt("going"));
    }

    private static @Nullable ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException e) {
            return null;
        }
    }

    static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
