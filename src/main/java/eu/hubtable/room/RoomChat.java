package eu.hubtable.room;

import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.CurrentMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The chat of a room and of each of its tables, kept in the database (history survives restarts and
 * late joiners read it). Messages are plain text: stored as typed, never rendered as HTML. Like
 * seating, every change is read once after commit and announced; screens redraw from that copy.
 */
@Service
public class RoomChat {

    public static final int MAX_LENGTH = 1000;
    static final int HISTORY = 100;

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final RoomAccess access;
    private final LiveSignals signals;
    private final Clock clock;
    private final Map<String, List<ChatMessage>> latest = new ConcurrentHashMap<>();

    RoomChat(JdbcClient jdbc, CurrentMember currentMember, RoomAccess access, LiveSignals signals, Clock clock) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.access = access;
        this.signals = signals;
        this.clock = clock;
    }

    /** The latest messages, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ChatMessage> history(long roomId, @Nullable Long tableId) {
        access.visible(roomId);
        return announced(roomId, tableId);
    }

    /** What an admitted listener redraws from when a change is announced (no database once read). */
    @PreAuthorize("isAuthenticated()")
    public List<ChatMessage> announced(long roomId, @Nullable Long tableId) {
        return latest.computeIfAbsent(TopicIds.chat(roomId, tableId), topic -> read(roomId, tableId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void post(long roomId, @Nullable Long tableId, String text) {
        RoomAccess.RoomRow room = access.visible(roomId);
        if (room.state() == RoomState.CLOSED) {
            throw new RoomRefused("room.closed");
        }
        String body = text.strip();
        if (body.isEmpty()) {
            throw new RoomRefused("chat.empty");
        }
        if (body.codePointCount(0, body.length()) > MAX_LENGTH) {
            throw new RoomRefused("chat.too-long");
        }
        if (tableId != null && jdbc.sql("select count(*) from round_table where id = :table and room_id = :room")
                .param("table", tableId).param("room", roomId).query(Integer.class).single() == 0) {
            throw new RoomRefused("room.table.unknown");
        }
        jdbc.sql("insert into chat_message (room_id, table_id, author_id, body, sent_at) values (:room, :table, :me, :body, :now)")
                .param("room", roomId).param("table", tableId).param("me", currentMember.id()).param("body", body)
                .param("now", Timestamp.from(clock.instant())).update();
        announceAfterCommit(roomId, tableId);
    }

    /** Facilitators remove a message: it disappears from every screen and from the history. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long messageId) {
        var message = jdbc.sql("select room_id, table_id from chat_message where id = :id").param("id", messageId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.wasNull() ? 1 : 0}).optional()
                .orElseThrow(() -> new RoomRefused("chat.unknown"));
        access.facilitated(message[0]);
        jdbc.sql("update chat_message set removed_at = :now, removed_by = :me where id = :id and removed_at is null")
                .param("now", Timestamp.from(clock.instant())).param("me", currentMember.id()).param("id", messageId).update();
        announceAfterCommit(message[0], message[2] == 1 ? null : message[1]);
    }

    private void announceAfterCommit(long roomId, @Nullable Long tableId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                String topic = TopicIds.chat(roomId, tableId);
                latest.put(topic, read(roomId, tableId));
                signals.signal(topic);
            }
        });
    }

    private List<ChatMessage> read(long roomId, @Nullable Long tableId) {
        List<ChatMessage> newestFirst = jdbc.sql("""
                select c.id, c.author_id, if(m.status = 'ACTIVE', m.display_name, null), c.body, c.sent_at
                from chat_message c left join member m on m.id = c.author_id
                where c.room_id = :room and c.table_id <=> :table and c.removed_at is null
                order by c.sent_at desc, c.id desc""" + " limit " + HISTORY)
                .param("room", roomId).param("table", tableId)
                .query((rs, n) -> new ChatMessage(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
        return newestFirst.reversed();
    }
}
