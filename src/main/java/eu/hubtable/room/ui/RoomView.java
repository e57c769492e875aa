package eu.hubtable.room.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.hubtable.core.live.LivePresence;
import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.ui.component.Countdown;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.member.MemberDirectory;
import eu.hubtable.room.RoomChat;
import eu.hubtable.room.RoomDetails;
import eu.hubtable.room.RoomExtension;
import eu.hubtable.room.RoomRefused;
import eu.hubtable.room.RoomState;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.Seating;
import eu.hubtable.room.TableState;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A live room: who is here, the round tables with their seats, the room chat and the table chat,
 * the facilitators' announcement and countdown, and their controls. Every change anyone makes is
 * decided by a service, then announced; every screen in the room redraws from the announced state.
 */
@Route("rooms")
@PermitAll
public class RoomView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Rooms rooms;
    private final Seating seating;
    private final RoomChat chat;
    private final LiveSignals signals;
    private final LivePresence presence;
    private final MemberDirectory directory;
    private final MemberPrincipal me;
    private final List<RoomExtension> extensions;
    private final Div header = new Div();
    private final Div tables = new Div();
    private final Div tableChat = new Div();
    private @Nullable RoomDetails room;
    private @Nullable Long seatedAt;
    private @Nullable Authentication visitor;

    public RoomView(Rooms rooms, Seating seating, RoomChat chat, LiveSignals signals, LivePresence presence,
            MemberDirectory directory, CurrentMember currentMember, List<RoomExtension> extensions) {
        this.extensions = extensions;
        this.rooms = rooms;
        this.directory = directory;
        this.seating = seating;
        this.chat = chat;
        this.signals = signals;
        this.presence = presence;
        this.me = currentMember.require();
        addClassName("page");
        addClassName("room");
        tables.addClassName("round-tables");
        tables.setId("round-tables");
    }

    @Override
    public void setParameter(BeforeEvent event, Long roomId) {
        try {
            room = rooms.details(roomId);
        } catch (RoomRefused notVisible) {
            throw new NotFoundException();
        }
        RoomDetails details = room;
        removeAll();
        boolean readOnly = details.state() == RoomState.CLOSED;
        Div people = new Div(new H2(getTranslation("room.here")), presence.avatars(TopicIds.room(roomId), me));
        people.setId("room-presence");
        add(header, people);
        extensions.forEach(extension -> extension.panelFor(details).ifPresent(this::add));
        add(new H2(getTranslation("room.tables")), tables, tableChat,
                new ChatPanel(chat, signals, roomId, null, getTranslation("chat.room"), details.facilitating(), readOnly, zone()));
        if (details.facilitating()) {
            add(new FacilitatorControls(rooms, seating, directory, details));
        }
        showHeader(details);
        showTables(seating.tables(roomId));
        signals.listen(this, TopicIds.seats(roomId), () -> showTables(seating.announced(roomId)));
        signals.listen(this, TopicIds.room(roomId), () -> showHeader(rooms.details(roomId)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        visitor = SecurityContextHolder.getContext().getAuthentication();
        if (room != null) {
            seating.enter(room.id());
        }
    }

    /** Closing the tab, navigating away or the session ending: the member's seat frees. */
    @Override
    protected void onDetach(DetachEvent event) {
        if (room == null || visitor == null) {
            return;
        }
        // a session that ends has no request and so no signed-in member: act as the visitor who was here
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext asVisitor = SecurityContextHolder.createEmptyContext();
        asVisitor.setAuthentication(visitor);
        SecurityContextHolder.setContext(asVisitor);
        try {
            seating.exit(room.id());
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private void showHeader(RoomDetails details) {
        boolean stateChanged = room != null && room.state() != details.state();
        room = details;
        header.removeAll();
        header.addClassName("room-header");
        Span theme = new Span(details.theme());
        theme.addClassName("badge");
        Span state = new Span(getTranslation("room.state." + details.state().name()));
        state.addClassNames("badge", "room-state");
        state.setId("room-state");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone());
        Paragraph schedule = new Paragraph(getTranslation("room.schedule", format.format(details.startsAt()),
                format.format(details.endsAt()), details.timeZone()));
        schedule.addClassName("muted");
        Paragraph host = new Paragraph(getTranslation("room.hosted-by", details.hostName(),
                String.join(", ", details.facilitators().stream().map(RoomDetails.Facilitator::displayName).toList())));
        header.add(new H1(details.title()), new Div(theme, state), schedule, host);
        if (details.description() != null) {
            Paragraph description = new Paragraph(details.description());
            description.addClassName("preserve-lines");
            header.add(description);
        }
        if (details.announcement() != null) {
            Div announcement = new Div(new Span(details.announcement()));
            announcement.addClassName("announcement");
            announcement.setId("announcement");
            header.add(announcement);
        }
        if (details.countdownEnds() != null && details.countdownEnds().isAfter(java.time.Instant.now())) {
            Countdown countdown = new Countdown(details.countdownEnds(),
                    details.countdownLabel() == null ? getTranslation("room.countdown") : details.countdownLabel(), false);
            countdown.setId("countdown");
            header.add(countdown);
        }
        if (stateChanged) {
            // opening or closing changes what everyone may do: draw the whole room again
            getUI().ifPresent(ui -> ui.getPage().reload());
        }
    }

    private void showTables(List<TableState> state) {
        RoomDetails details = room;
        if (details == null) {
            return;
        }
        boolean open = details.state() == RoomState.OPEN;
        tables.removeAll();
        TableCard.Actions actions = new TableCard.Actions(this::sit, this::leave,
                (table, locked) -> act(() -> seating.lock(details.id(), table, locked)),
                (member, table) -> act(() -> seating.move(details.id(), member, table)));
        state.forEach(table -> tables.add(new TableCard(table, me.memberId(), open, details.facilitating(), state, actions)));
        Optional<TableState> mine = state.stream().filter(table -> table.seats(me.memberId())).findFirst();
        Long nowAt = mine.map(TableState::id).orElse(null);
        if (!java.util.Objects.equals(nowAt, seatedAt)) {
            seatedAt = nowAt;
            tableChat.removeAll();
            mine.ifPresent(table -> tableChat.add(new ChatPanel(chat, signals, details.id(), table.id(),
                    getTranslation("chat.table", table.name()), details.facilitating(), !open, zone())));
        }
    }

    private void sit(long tableId) {
        act(() -> seating.sit(currentRoom(), tableId));
    }

    private void leave() {
        act(() -> seating.leave(currentRoom()));
    }

    private void act(Runnable action) {
        try {
            action.run();
            showTables(seating.announced(currentRoom()));
        } catch (RoomRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            showTables(seating.announced(currentRoom()));
        }
    }

    private long currentRoom() {
        return java.util.Objects.requireNonNull(room).id();
    }

    private ZoneId zone() {
        return room == null ? ZoneId.of("UTC") : ZoneId.of(room.timeZone());
    }

    @Override
    public String getPageTitle() {
        return (room == null ? "" : room.title() + " · ") + getTranslation("app.name");
    }
}
