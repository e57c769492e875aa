package eu.hubtable.room.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import eu.hubtable.member.DirectoryFilter;
import eu.hubtable.member.DirectoryOrder;
import eu.hubtable.member.MemberCard;
import eu.hubtable.member.MemberDirectory;
import eu.hubtable.room.RoomDetails;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Seating;
import eu.hubtable.room.RoomRefused;
import eu.hubtable.room.RoomState;
import eu.hubtable.room.Rooms;
import java.time.Duration;

/** What facilitators run a room with: open/close, an announcement for everyone, a shared countdown. */
class FacilitatorControls extends Div {

    private final Rooms rooms;
    private final long roomId;

    FacilitatorControls(Rooms rooms, Seating seating, MemberDirectory directory, RoomDetails room) {
        this.rooms = rooms;
        this.roomId = room.id();
        addClassName("facilitator-controls");
        setId("facilitator-controls");
        add(new H2(getTranslation("room.controls")));
        if (room.state() != RoomState.CLOSED) {
            Button state = room.state() == RoomState.OPEN
                    ? new Button(getTranslation("room.close"), click -> run(() -> rooms.close(roomId)))
                    : new Button(getTranslation("room.open"), click -> run(() -> rooms.open(roomId)));
            state.setId("room-open-close");
            Div actions = new Div(state);
            if (room.state() == RoomState.OPEN) {
                Button shuffle = new Button(getTranslation("room.shuffle"), click -> run(() -> seating.shuffle(roomId)));
                shuffle.setId("room-shuffle");
                shuffle.setTooltipText(getTranslation("room.shuffle.help"));
                actions.add(shuffle);
            }
            actions.addClassName("control-row");
            add(actions, announcementForm(room), countdownForm());
            if (room.visibility() == RoomVisibility.INVITE_ONLY) {
                add(inviteForm(directory));
            }
        }
    }

    private Div announcementForm(RoomDetails room) {
        TextField text = new TextField(getTranslation("room.announcement"));
        text.setId("announcement-text");
        text.setMaxLength(Rooms.MAX_ANNOUNCEMENT);
        text.setValue(room.announcement() == null ? "" : room.announcement());
        text.setWidthFull();
        Button publish = new Button(getTranslation("room.announcement.publish"), click -> {
            try {
                rooms.announce(roomId, text.getValue());
                text.setInvalid(false);
            } catch (RoomRefused refused) {
                text.setErrorMessage(getTranslation(refused.messageKey(), Rooms.MAX_ANNOUNCEMENT));
                text.setInvalid(true);
            }
        });
        publish.setId("announcement-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(text, publish);
        form.addClassName("control-row");
        return form;
    }

    private Div countdownForm() {
        IntegerField minutes = new IntegerField(getTranslation("room.countdown.minutes"));
        minutes.setId("countdown-minutes");
        minutes.setMin(1);
        minutes.setMax(180);
        minutes.setValue(5);
        minutes.setStepButtonsVisible(true);
        TextField label = new TextField(getTranslation("room.countdown.label"));
        label.setId("countdown-label");
        label.setMaxLength(120);
        Button start = new Button(getTranslation("room.countdown.start"), click -> {
            Integer value = minutes.getValue();
            if (value == null || minutes.isInvalid()) {
                minutes.setErrorMessage(getTranslation("room.countdown.length"));
                minutes.setInvalid(true);
                return;
            }
            run(() -> rooms.startCountdown(roomId, Duration.ofMinutes(value), label.getValue()));
        });
        start.setId("countdown-start");
        Button stop = new Button(getTranslation("room.countdown.stop"), click -> run(() -> rooms.stopCountdown(roomId)));
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div form = new Div(minutes, label, start, stop);
        form.addClassName("control-row");
        return form;
    }

    private Div inviteForm(MemberDirectory directory) {
        ComboBox<MemberCard> member = new ComboBox<>(getTranslation("room.invite.member"));
        member.setId("invite-member");
        member.setItems(query -> directory.search(new DirectoryFilter(query.getFilter().orElse(null), null, null, null, null),
                DirectoryOrder.NAME, false, query.getOffset(), query.getLimit()).stream());
        member.setItemLabelGenerator(MemberCard::displayName);
        Button invite = new Button(getTranslation("room.invite"), click -> {
            if (member.getValue() != null) {
                run(() -> rooms.invite(roomId, member.getValue().id()));
                Notification.show(getTranslation("room.invited", member.getValue().displayName()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                member.clear();
            }
        });
        invite.setId("invite-send");
        Div form = new Div(member, invite);
        form.addClassName("control-row");
        return form;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RoomRefused refused) {
            Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }
}
