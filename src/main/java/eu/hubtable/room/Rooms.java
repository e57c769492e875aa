package eu.hubtable.room;

import eu.hubtable.core.vocabulary.WebAddress;
import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomRejected.Field;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Rooms: planned by a host organisation's managers, listed to those who may see them, run by facilitators. */
@Service
public class Rooms {

    public static final int MAX_TITLE = 120;
    public static final int MAX_THEME = 80;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_TABLES = 30;
    public static final int MAX_ANNOUNCEMENT = 500;
    private static final int CATALOGUE_LIMIT = 200;
    private static final String CARD = """
            select r.id, r.title, r.theme, r.organisation_id, o.name as host, r.starts_at, r.ends_at, r.time_zone, r.state,
                   r.visibility, (select count(*) from seat s where s.room_id = r.id) as seated
            from room r join organisation o on o.id = r.organisation_id""";

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Organisations organisations;
    private final RoomAccess access;
    private final LiveSignals signals;
    private final Seating seating;
    private final HeldRooms held;
    private final Clock clock;

    Rooms(JdbcClient jdbc, CurrentMember currentMember, Organisations organisations, RoomAccess access, LiveSignals signals,
            Seating seating, HeldRooms held, Clock clock) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.organisations = organisations;
        this.access = access;
        this.signals = signals;
        this.seating = seating;
        this.held = held;
        this.clock = clock;
    }

    /** Managers of the host organisation (and platform admins) plan rooms; the planner facilitates if nobody is named. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long create(RoomForm form) {
        MemberPrincipal me = currentMember.require();
        if (!me.hasRole(Role.ADMIN) && !organisations.isManager(form.organisationId(), me.memberId())) {
            throw new AccessDeniedException("Only managers of organisation " + form.organisationId() + " plan its rooms");
        }
        Map<Field, String> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new RoomRejected(problems);
        }
        ZoneId zone = ZoneId.of(form.timeZone());
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into room (organisation_id, title, theme, description, starts_at, ends_at, time_zone, visibility, capacity,
                                  created_by, created_at, updated_at)
                values (:org, :title, :theme, :description, :starts, :ends, :zone, :visibility, :capacity, :me, :now, :now)""")
                .param("org", form.organisationId()).param("title", form.title().strip()).param("theme", form.theme().strip())
                .param("description", blankToNull(form.description()))
                .param("starts", Timestamp.from(form.startsAt().atZone(zone).toInstant()))
                .param("ends", Timestamp.from(form.endsAt().atZone(zone).toInstant()))
                .param("zone", zone.getId()).param("visibility", form.visibility().name()).param("capacity", form.capacity())
                .param("me", me.memberId()).param("now", now)
                .update(key);
        long roomId = key.getKey().longValue();
        Set<Long> facilitators = new LinkedHashSet<>(form.facilitatorIds());
        if (facilitators.isEmpty()) {
            facilitators.add(me.memberId());
        }
        facilitators.forEach(id -> jdbc.sql("insert into room_facilitator (room_id, member_id) values (:room, :member)")
                .param("room", roomId).param("member", id).update());
        int position = 0;
        for (TableForm table : form.tables()) {
            jdbc.sql("""
                    insert into round_table (room_id, position, name, topic, seats, video_url)
                    values (:room, :position, :name, :topic, :seats, :video)""")
                    .param("room", roomId).param("position", position++).param("name", table.name().strip())
                    .param("topic", blankToNull(table.topic())).param("seats", table.seats())
                    .param("video", blankToNull(table.videoUrl())).update();
        }
        return roomId;
    }

    /** The rooms this member may see, for one part of the catalogue, optionally one theme or one host. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoomCard> catalogue(RoomPeriod period, @Nullable String theme, @Nullable Long organisationId) {
        MemberPrincipal me = currentMember.require();
        String when = switch (period) {
            case LIVE -> "r.state = 'OPEN'";
            case UPCOMING -> "r.state = 'SCHEDULED' and r.ends_at > :now";
            case PAST -> "(r.state = 'CLOSED' or (r.state = 'SCHEDULED' and r.ends_at <= :now))";
        };
        String order = period == RoomPeriod.PAST ? "r.starts_at desc" : "r.starts_at";
        return jdbc.sql(CARD + " where " + when + """
                 and (:theme is null or r.theme = :theme) and (:org is null or r.organisation_id = :org)
                 and (:admin or r.visibility = 'MEMBERS'
                      or exists (select 1 from room_facilitator f where f.room_id = r.id and f.member_id = :me)
                      or exists (select 1 from organisation_membership m where m.organisation_id = r.organisation_id
                                 and m.member_id = :me and (r.visibility = 'ORGANISATION' or m.role = 'MANAGER'))
                      or (r.visibility = 'INVITE_ONLY'
                          and exists (select 1 from room_invitation i where i.room_id = r.id and i.member_id = :me)))
                """ + " order by " + order + ", r.id limit " + CATALOGUE_LIMIT)
                .param("now", Timestamp.from(clock.instant())).param("theme", blankToNull(theme)).param("org", organisationId)
                .param("admin", me.hasRole(Role.ADMIN)).param("me", me.memberId())
                .query(Rooms::card).list();
    }

    /** Organisations hosting rooms, for the catalogue's filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Host> hosts() {
        return jdbc.sql("select distinct o.id, o.name from room r join organisation o on o.id = r.organisation_id order by o.name")
                .query((rs, n) -> new Host(rs.getLong(1), rs.getString(2))).list();
    }

    public record Host(long id, String name) {
    }

    /** Themes in use, for the catalogue's filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> themes() {
        return jdbc.sql("select distinct theme from room order by theme").query(String.class).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RoomDetails details(long roomId) {
        RoomAccess.RoomRow room = access.visible(roomId);
        boolean facilitating = access.mayFacilitate(room, currentMember.require());
        List<RoomDetails.Facilitator> facilitators = jdbc.sql("""
                select m.id, m.display_name from room_facilitator f join member m on m.id = f.member_id
                where f.room_id = :room and m.status = 'ACTIVE' order by m.display_name""")
                .param("room", roomId).query((rs, n) -> new RoomDetails.Facilitator(rs.getLong(1), rs.getString(2))).list();
        return jdbc.sql("""
                select r.*, o.name as host from room r join organisation o on o.id = r.organisation_id where r.id = :id""")
                .param("id", roomId)
                .query((rs, n) -> new RoomDetails(rs.getLong("id"), rs.getString("title"), rs.getString("theme"),
                        rs.getString("description"), rs.getLong("organisation_id"), rs.getString("host"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        rs.getString("time_zone"), RoomVisibility.valueOf(rs.getString("visibility")),
                        RoomState.valueOf(rs.getString("state")), rs.getInt("capacity"), rs.getString("announcement"),
                        instant(rs.getTimestamp("countdown_ends")), rs.getString("countdown_label"), facilitators, facilitating))
                .single();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void open(long roomId) {
        access.facilitated(roomId);
        changeState(roomId, RoomState.OPEN);
    }

    /** Closes the room: everyone stands up, the room becomes read-only with its history. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void close(long roomId) {
        access.facilitated(roomId);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("delete from seat where room_id = :room").param("room", roomId).update();
        jdbc.sql("update attendance set left_at = :now where room_id = :room and left_at is null")
                .param("now", now).param("room", roomId).update();
        seating.announceAfterCommit(roomId);
        changeState(roomId, RoomState.CLOSED);
        held.announce(roomId, clock.instant());
    }

    /** Shown to everyone in the room at once; an empty text takes the announcement down. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void announce(long roomId, @Nullable String text) {
        access.facilitated(roomId);
        String announcement = blankToNull(text);
        if (announcement != null && announcement.codePointCount(0, announcement.length()) > MAX_ANNOUNCEMENT) {
            throw new RoomRefused("room.announcement.too-long");
        }
        update(roomId, "announcement = :value", announcement);
    }

    /** A shared countdown ("5 minutes left at tables"); everyone's screen counts down to the same instant. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void startCountdown(long roomId, Duration length, @Nullable String label) {
        access.facilitated(roomId);
        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(3)) > 0) {
            throw new RoomRefused("room.countdown.length");
        }
        String text = blankToNull(label);
        if (text != null && text.length() > 120) {
            throw new RoomRefused("room.countdown.label-too-long");
        }
        jdbc.sql("update room set countdown_ends = :ends, countdown_label = :label, updated_at = :now, version = version + 1 where id = :id")
                .param("ends", Timestamp.from(clock.instant().plus(length))).param("label", text)
                .param("now", Timestamp.from(clock.instant())).param("id", roomId).update();
        signalAfterCommit(roomId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void stopCountdown(long roomId) {
        access.facilitated(roomId);
        update(roomId, "countdown_ends = :value, countdown_label = null", null);
    }

    /** Invite-only rooms: facilitators invite members, who then see and join the room. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void invite(long roomId, long memberId) {
        access.facilitated(roomId);
        jdbc.sql("insert ignore into room_invitation (room_id, member_id, invited_at) values (:room, :member, :now)")
                .param("room", roomId).param("member", memberId).param("now", Timestamp.from(clock.instant())).update();
    }

    private void changeState(long roomId, RoomState state) {
        update(roomId, "state = :value", state.name());
    }

    private void update(long roomId, String assignment, @Nullable Object value) {
        jdbc.sql("update room set " + assignment + ", updated_at = :now, version = version + 1 where id = :id")
                .param("value", value).param("now", Timestamp.from(clock.instant())).param("id", roomId).update();
        signalAfterCommit(roomId);
    }

    private void signalAfterCommit(long roomId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signals.signal(TopicIds.room(roomId));
            }
        });
    }

    private static Map<Field, String> problems(RoomForm form) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (form.title().isBlank() || form.title().strip().length() > MAX_TITLE) {
            problems.put(Field.TITLE, "room.title.length");
        }
        if (form.theme().isBlank() || form.theme().strip().length() > MAX_THEME) {
            problems.put(Field.THEME, "room.theme.length");
        }
        if (form.description() != null && form.description().length() > MAX_DESCRIPTION) {
            problems.put(Field.DESCRIPTION, "room.description.too-long");
        }
        if (!isZone(form.timeZone())) {
            problems.put(Field.TIME_ZONE, "room.time-zone.unknown");
        }
        if (form.startsAt() == null || form.endsAt() == null || !form.endsAt().isAfter(form.startsAt())) {
            problems.put(Field.SCHEDULE, "room.schedule.order");
        } else if (Duration.between(form.startsAt(), form.endsAt()).compareTo(Duration.ofHours(12)) > 0) {
            problems.put(Field.SCHEDULE, "room.schedule.too-long");
        }
        if (form.capacity() < 2 || form.capacity() > 1000) {
            problems.put(Field.CAPACITY, "room.capacity.range");
        }
        if (form.tables().isEmpty() || form.tables().size() > MAX_TABLES) {
            problems.put(Field.TABLES, "room.tables.count");
        } else if (!form.tables().stream().allMatch(Rooms::isValid)) {
            problems.put(Field.TABLES, "room.tables.invalid");
        } else if (form.tables().stream().mapToInt(TableForm::seats).sum() > form.capacity()) {
            problems.put(Field.CAPACITY, "room.capacity.below-seats");
        }
        return problems;
    }

    private static boolean isValid(TableForm table) {
        return !table.name().isBlank() && table.name().strip().length() <= 80 && table.seats() >= 2 && table.seats() <= 50
                && (table.topic() == null || table.topic().length() <= 200)
                && (table.videoUrl() == null || table.videoUrl().isBlank() || WebAddress.isValid(table.videoUrl(), 500));
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static RoomCard card(ResultSet rs, int n) throws SQLException {
        return new RoomCard(rs.getLong("id"), rs.getString("title"), rs.getString("theme"), rs.getLong("organisation_id"),
                rs.getString("host"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getString("time_zone"), RoomState.valueOf(rs.getString("state")),
                RoomVisibility.valueOf(rs.getString("visibility")), rs.getInt("seated"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
