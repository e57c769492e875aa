package eu.hubtable.room.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.Key;
import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.room.ChatMessage;
import eu.hubtable.room.RoomChat;
import eu.hubtable.room.RoomRefused;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * A room's or a table's chat. Messages are text nodes, never HTML. Facilitators see a remove button
 * on each message; a removed message leaves every screen at once.
 */
class ChatPanel extends Div {

    private final RoomChat chat;
    private final long roomId;
    private final @Nullable Long tableId;
    private final boolean facilitating;
    private final Div messages = new Div();
    private final TextField input = new TextField();
    private final DateTimeFormatter time;

    ChatPanel(RoomChat chat, LiveSignals signals, long roomId, @Nullable Long tableId, String title, boolean facilitating,
            boolean readOnly, ZoneId zone) {
        this.chat = chat;
        this.roomId = roomId;
        this.tableId = tableId;
        this.facilitating = facilitating;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        addClassName("chat");
        setId(tableId == null ? "room-chat" : "table-chat");
        messages.addClassName("chat-messages");
        add(new H3(title), messages);
        if (!readOnly) {
            input.setPlaceholder(getTranslation("chat.placeholder"));
            input.setMaxLength(RoomChat.MAX_LENGTH);
            input.setWidthFull();
            input.addClassName("chat-input");
            input.addKeyPressListener(Key.ENTER, e -> send());
            Button send = new Button(getTranslation("chat.send"), click -> send());
            send.addClassName("chat-send");
            Div compose = new Div(input, send);
            compose.addClassName("chat-compose");
            add(compose);
        }
        show(chat.history(roomId, tableId));
        signals.listen(this, TopicIds.chat(roomId, tableId), () -> show(chat.announced(roomId, tableId)));
    }

    private void send() {
        try {
            chat.post(roomId, tableId, input.getValue());
            input.clear();
            input.setInvalid(false);
        } catch (RoomRefused refused) {
            // what was typed stays, with the reason next to it
            input.setErrorMessage(getTranslation(refused.messageKey(), RoomChat.MAX_LENGTH));
            input.setInvalid(true);
        }
    }

    private void show(java.util.List<ChatMessage> history) {
        messages.removeAll();
        if (history.isEmpty()) {
            Span empty = new Span(getTranslation("chat.empty-history"));
            empty.addClassName("muted");
            messages.add(empty);
        }
        history.forEach(message -> messages.add(line(message)));
    }

    private Div line(ChatMessage message) {
        Span author = new Span(message.authorName() != null ? message.authorName() : getTranslation("chat.former-member"));
        author.addClassName("chat-author");
        Span at = new Span(time.format(message.sentAt()));
        at.addClassName("muted");
        Span body = new Span(message.body());
        body.addClassName("chat-body");
        Div line = new Div(author, at, body);
        line.addClassName("chat-line");
        if (facilitating) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> chat.remove(message.id()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("chat.remove"));
            remove.addClassName("chat-remove");
            line.add(remove);
        }
        return line;
    }
}
