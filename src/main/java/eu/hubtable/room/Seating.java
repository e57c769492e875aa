package eu.hubtable.room;

import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.CurrentMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who sits at which round table. Seats are decided by the database: sitting locks the table's row,
 * counts who sits there and inserts the seat in one transaction, and a member has at most one seat
 * per room (primary key), so simultaneous clicks never overfill a table. After the commit the room's
 * seating is read once into memory and announced; every participant's screen redraws from that copy.
 */
@Service
public class Seating {

    private static final Logger log = LoggerFactory.getLogger(Seating.class);

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final RoomAccess access;
    private final LiveSignals signals;
    private final Clock clock;
    private final Map<Long, List<TableState>> latest = new ConcurrentHashMap<>();

    Seating(JdbcClient jdbc, CurrentMember currentMember, RoomAccess access, LiveSignals signals, Clock clock) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.access = access;
        this.signals = signals;
        this.clock = clock;
    }

    /** Seats belong to live visits; after a crash or restart nobody is connected, so nobody sits. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void standEveryoneUpAfterRestart() {
        int seats = jdbc.sql("delete from seat").update();
        jdbc.sql("update attendance set left_at = :now where left_at is null").param("now", now()).update();
        if (seats > 0) {
            log.info("Freed {} seats left from before the restart", seats);
        }
    }

    /** The room's tables as the member sees them; from memory when a change was announced already. */
    @PreAuthorize("isAuthenticated()")
    public List<TableState> tables(long roomId) {
        access.visible(roomId);
        return latest.computeIfAbsent(roomId, this::read);
    }

    /** What a listener that was admitted to the room redraws from when a change is announced (no database). */
    @PreAuthorize("isAuthenticated()")
    public List<TableState> announced(long roomId) {
        return latest.computeIfAbsent(roomId, this::read);
    }

    /** Sits the member at this table, leaving any other table of the room. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void sit(long roomId, long tableId) {
        RoomAccess.RoomRow room = access.visible(roomId);
        requireOpen(room);
        seat(roomId, tableId, currentMember.id(), false);
    }

    /** Facilitators move a participant to another table (even a locked one; never beyond its seats). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void move(long roomId, long memberId, long tableId) {
        requireOpen(access.facilitated(roomId));
        if (!isSeated(roomId, memberId)) {
            throw new RoomRefused("room.move.not-seated");
        }
        seat(roomId, tableId, memberId, true);
    }

    /** Stands the member up (leaving the table, closing the tab, signing out). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void leave(long roomId) {
        long me = currentMember.id();
        if (jdbc.sql("delete from seat where room_id = :room and member_id = :me").param("room", roomId).param("me", me).update() > 0) {
            closeAttendance(roomId, me, true);
            announceAfterCommit(roomId);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void lock(long roomId, long tableId, boolean locked) {
        access.facilitated(roomId);
        int changed = jdbc.sql("update round_table set locked = :locked, version = version + 1 where id = :table and room_id = :room")
                .param("locked", locked).param("table", tableId).param("room", roomId).update();
        if (changed == 0) {
            throw new RoomRefused("room.table.unknown");
        }
        announceAfterCommit(roomId);
    }

    /**
     * Facilitators deal everyone in the room (seated or just present) over the unlocked tables so that
     * people of the same sector end up at different tables: cross-sector round tables. Who does not
     * fit (all seats taken) stays standing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void shuffle(long roomId) {
        requireOpen(access.facilitated(roomId));
        List<long[]> tables = jdbc.sql("select id, seats from round_table where room_id = :room and not locked order by position, id for update")
                .param("room", roomId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        List<Long> people = jdbc.sql("""
                select p.member_id from (
                    select member_id from seat where room_id = :room
                    union select member_id from attendance where room_id = :room and table_id is null and left_at is null) p
                left join member_sector s on s.member_id = p.member_id
                group by p.member_id
                order by min(s.sector) is null, min(s.sector), p.member_id""")
                .param("room", roomId).query(Long.class).list();
        jdbc.sql("delete from seat where room_id = :room and table_id in (select id from round_table where room_id = :room and not locked)")
                .param("room", roomId).update();
        jdbc.sql("update attendance set left_at = :now where room_id = :room and table_id is not null and left_at is null")
                .param("now", now()).param("room", roomId).update();
        // people sorted by sector, dealt like cards: neighbours in the list land at different tables
        int[] taken = new int[tables.size()];
        int table = 0;
        for (long person : people) {
            if (isSeated(roomId, person)) {
                continue; // sits at a locked table: stays there
            }
            int tried = 0;
            while (tried < tables.size() && taken[table] >= tables.get(table)[1]) {
                table = (table + 1) % tables.size();
                tried++;
            }
            if (tried == tables.size()) {
                break;
            }
            long tableId = tables.get(table)[0];
            jdbc.sql("insert into seat (room_id, table_id, member_id, seated_at) values (:room, :table, :member, :now)")
                    .param("room", roomId).param("table", tableId).param("member", person).param("now", now()).update();
            jdbc.sql("insert into attendance (room_id, table_id, member_id, joined_at) values (:room, :table, :member, :now)")
                    .param("room", roomId).param("table", tableId).param("member", person).param("now", now()).update();
            taken[table]++;
            table = (table + 1) % tables.size();
        }
        announceAfterCommit(roomId);
    }

    /** Records that the member entered the room (attendance), whether or not they take a seat. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void enter(long roomId) {
        access.visible(roomId);
        jdbc.sql("insert into attendance (room_id, table_id, member_id, joined_at) values (:room, null, :me, :now)")
                .param("room", roomId).param("me", currentMember.id()).param("now", now()).update();
    }

    /** The member's last view of the room went: their seat frees and their visit ends. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void exit(long roomId) {
        leave(roomId);
        closeAttendance(roomId, currentMember.id(), false);
    }

    private void seat(long roomId, long tableId, long memberId, boolean byFacilitator) {
        // the table row is the lock every seating of this table queues on
        var table = jdbc.sql("select seats, locked from round_table where id = :table and room_id = :room for update")
                .param("table", tableId).param("room", roomId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getBoolean(2) ? 1 : 0}).optional()
                .orElseThrow(() -> new RoomRefused("room.table.unknown"));
        Long current = jdbc.sql("select table_id from seat where room_id = :room and member_id = :member for update")
                .param("room", roomId).param("member", memberId).query(Long.class).optional().orElse(null);
        if (current != null && current == tableId) {
            return;
        }
        if (table[1] == 1 && !byFacilitator) {
            throw new RoomRefused("room.table.locked");
        }
        int seated = jdbc.sql("select count(*) from seat where table_id = :table for update").param("table", tableId)
                .query(Integer.class).single();
        if (seated >= table[0]) {
            throw new RoomRefused("room.table.full");
        }
        if (current != null) {
            jdbc.sql("delete from seat where room_id = :room and member_id = :member").param("room", roomId)
                    .param("member", memberId).update();
            closeAttendance(roomId, memberId, true);
        }
        jdbc.sql("insert into seat (room_id, table_id, member_id, seated_at) values (:room, :table, :member, :now)")
                .param("room", roomId).param("table", tableId).param("member", memberId).param("now", now()).update();
        jdbc.sql("insert into attendance (room_id, table_id, member_id, joined_at) values (:room, :table, :member, :now)")
                .param("room", roomId).param("table", tableId).param("member", memberId).param("now", now()).update();
        announceAfterCommit(roomId);
    }

    private boolean isSeated(long roomId, long memberId) {
        return jdbc.sql("select count(*) from seat where room_id = :room and member_id = :member").param("room", roomId)
                .param("member", memberId).query(Integer.class).single() > 0;
    }

    private void closeAttendance(long roomId, long memberId, boolean tablesOnly) {
        jdbc.sql("update attendance set left_at = :now where room_id = :room and member_id = :member and left_at is null"
                        + (tablesOnly ? " and table_id is not null" : ""))
                .param("now", now()).param("room", roomId).param("member", memberId).update();
    }

    private static void requireOpen(RoomAccess.RoomRow room) {
        if (room.state() != RoomState.OPEN) {
            throw new RoomRefused(room.state() == RoomState.CLOSED ? "room.closed" : "room.not-open");
        }
    }

    /** After the commit (never before: a rolled-back seat must not show), read once, then tell everyone. */
    void announceAfterCommit(long roomId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                latest.put(roomId, read(roomId));
                signals.signal(TopicIds.seats(roomId));
            }
        });
    }

    private List<TableState> read(long roomId) {
        Map<Long, List<TableState.Seated>> seated = new LinkedHashMap<>();
        jdbc.sql("""
                select s.table_id, m.id, m.display_name from seat s join member m on m.id = s.member_id
                where s.room_id = :room order by s.seated_at, m.id""")
                .param("room", roomId)
                .query(rs -> {
                    seated.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new TableState.Seated(rs.getLong(2), rs.getString(3)));
                });
        return jdbc.sql("select id, name, topic, seats, video_url, locked from round_table where room_id = :room order by position, id")
                .param("room", roomId)
                .query((rs, n) -> new TableState(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getBoolean(6), List.copyOf(seated.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
