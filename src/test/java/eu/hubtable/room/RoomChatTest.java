package eu.hubtable.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class RoomChatTest extends RoomTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void roomAndTableChatsAreSeparateStoredAsTypedAndRemovableByFacilitators() {
        long room = openRoom(RoomVisibility.MEMBERS, 4);
        long table = tableId(room, 0);
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        chat.post(room, null, "  <b>Hello</b> room  ");
        chat.post(room, table, "Hello table");
        assertThat(chat.history(room, null)).extracting(ChatMessage::body).containsExactly("<b>Hello</b> room");
        assertThat(chat.history(room, table)).extracting(ChatMessage::body).containsExactly("Hello table");
        long messageId = chat.history(room, null).getFirst().id();
        assertThatThrownBy(() -> chat.remove(messageId)).isInstanceOf(AccessDeniedException.class);

        signIn(manager);
        chat.remove(messageId);
        assertThat(chat.history(room, null)).isEmpty();
        assertThat(jdbc.queryForObject("select removed_by from chat_message where id = ?", Long.class, messageId))
                .isEqualTo(manager.memberId());
    }

    @Test
    void emptyTooLongAndClosedRoomMessagesAreRefusedAndNothingIsStored() {
        long room = openRoom(RoomVisibility.MEMBERS, 4);
        signIn(newMember("Léa Martin"));
        assertThatThrownBy(() -> chat.post(room, null, "   ")).hasMessage("chat.empty");
        assertThatThrownBy(() -> chat.post(room, null, "x".repeat(RoomChat.MAX_LENGTH + 1))).hasMessage("chat.too-long");
        signIn(manager);
        rooms.close(room);
        assertThatThrownBy(() -> chat.post(room, null, "after hours")).hasMessage("room.closed");
        assertThat(jdbc.queryForObject("select count(*) from chat_message", Integer.class)).isZero();
    }

    @Test
    void messagesOfAnErasedMemberStayAndShowNoName() {
        long room = openRoom(RoomVisibility.MEMBERS, 4);
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        chat.post(room, null, "See you in Esch");
        jdbc.update("update member set status = 'ERASED' where id = ?", lea.memberId());
        signIn(manager);
        chat.post(room, null, "Thanks all"); // a new message re-reads the history
        assertThat(chat.history(room, null)).extracting(ChatMessage::authorName).containsExactly(null, "Manon Hub");
    }
}
