package eu.hubtable.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.event.EventDetails;
import eu.hubtable.event.EventExtension;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.EventState;
import eu.hubtable.matching.MeetingRefused;
import eu.hubtable.matching.MeetingRejected;
import eu.hubtable.matching.MeetingRejected.Field;
import eu.hubtable.matching.MeetingSlots;
import eu.hubtable.matching.SlotCard;
import eu.hubtable.matching.SlotForm;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meetings on an event's page, for those taking part: publish a free slot, see the slots still to
 * come and request one, and a way to my schedule. Others learn how to join in.
 */
@org.springframework.stereotype.Component
class MeetingPanels implements EventExtension {

    private final MeetingSlots slots;
    private final Clock clock;
    private final CurrentMember currentMember;

    MeetingPanels(MeetingSlots slots, Clock clock, CurrentMember currentMember) {
        this.slots = slots;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @Override
    public Optional<Component> panelFor(EventDetails event) {
        if (event.state() == EventState.CANCELLED || !event.endsAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassNames("card", "meeting-panel");
        panel.setId("meeting-panel");
        show(panel, event);
        return Optional.of(panel);
    }

    private void show(Div panel, EventDetails event) {
        panel.removeAll();
        panel.add(new H2(panel.getTranslation("meeting.heading")));
        if (!slots.takesPart(event.id())) {
            Paragraph hint = new Paragraph(panel.getTranslation("meeting.join-first"));
            hint.setId("meeting-join-first");
            panel.add(hint);
            return;
        }
        Anchor schedule = new Anchor("meetings", panel.getTranslation("meeting.my-schedule"));
        schedule.setId("my-meetings-link");
        panel.add(new Paragraph(panel.getTranslation("meeting.intro")), schedule, publishForm(panel, event),
                slotList(panel, event));
    }

    private Div publishForm(Div panel, EventDetails event) {
        ZoneId zone = ZoneId.of(event.timeZone());
        DateTimePicker start = new DateTimePicker(panel.getTranslation("meeting.form.start", event.timeZone()));
        start.setStep(Duration.ofMinutes(5));
        start.setLocale(MeetingTimes.locale());
        LocalDateTime first = LocalDateTime.ofInstant(event.startsAt().isAfter(clock.instant()) ? event.startsAt() : clock.instant(), zone);
        first = first.truncatedTo(ChronoUnit.HOURS).plusMinutes((first.getMinute() + 4) / 5 * 5);
        start.setMin(LocalDateTime.ofInstant(event.startsAt(), zone));
        start.setMax(LocalDateTime.ofInstant(event.endsAt(), zone));
        start.setValue(first);
        start.setId("slot-start");
        Select<Integer> length = new Select<>();
        length.setLabel(panel.getTranslation("meeting.form.length"));
        length.setItems(MeetingSlots.LENGTHS);
        length.setItemLabelGenerator(minutes -> minutes == null ? "" : panel.getTranslation("meeting.form.minutes", minutes));
        length.setValue(MeetingSlots.LENGTHS.getFirst());
        length.setId("slot-length");
        Select<Integer> guests = new Select<>();
        guests.setLabel(panel.getTranslation("meeting.form.guests"));
        guests.setItems(1, 2, 3);
        guests.setItemLabelGenerator(n -> n == null ? "" : n == 1 ? panel.getTranslation("meeting.form.one-to-one")
                : panel.getTranslation("meeting.form.group", n + 1));
        guests.setValue(1);
        guests.setId("slot-guests");
        TextField table = new TextField(panel.getTranslation("meeting.form.table"));
        table.setMaxLength(MeetingSlots.MAX_TABLE);
        table.setId("slot-table");
        table.setVisible(event.format() != EventFormat.ONLINE);
        TextField video = new TextField(panel.getTranslation("meeting.form.video"));
        video.setMaxLength(MeetingSlots.MAX_VIDEO_URL);
        video.setId("slot-video");
        video.setVisible(event.format() != EventFormat.IN_PERSON);
        Map<Field, HasValidation> fields = new EnumMap<>(Field.class);
        fields.put(Field.START, start);
        fields.put(Field.LENGTH, length);
        fields.put(Field.GUESTS, guests);
        fields.put(Field.PLACE, event.format() == EventFormat.ONLINE ? video : table);
        Button publish = new Button(panel.getTranslation("meeting.publish"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                slots.publish(event.id(), new SlotForm(start.getValue(), length.getValue() == null ? 0 : length.getValue(),
                        guests.getValue() == null ? 0 : guests.getValue(), table.getValue(), video.getValue()));
                Notification.show(panel.getTranslation("meeting.published"));
                show(panel, event);
            } catch (MeetingRejected rejected) {
                rejected.problems().forEach((field, key) -> {
                    fields.get(field).setErrorMessage(panel.getTranslation(key));
                    fields.get(field).setInvalid(true);
                });
            } catch (MeetingRefused refused) {
                warn(panel, refused.messageKey());
            }
        });
        publish.setId("slot-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(start, length, guests, table, video, publish);
        form.addClassName("control-row");
        return new Div(new H3(panel.getTranslation("meeting.publish.heading")), form);
    }

    private Div slotList(Div panel, EventDetails event) {
        Div list = new Div();
        list.setId("meeting-slots");
        list.add(new H3(panel.getTranslation("meeting.slots.heading")));
        List<SlotCard> upcoming = slots.slotsOf(event.id());
        if (upcoming.isEmpty()) {
            Paragraph empty = new Paragraph(panel.getTranslation("meeting.slots.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (SlotCard slot : upcoming) {
            Div card = new Div(new Span(MeetingTimes.span(slot.startsAt(), slot.endsAt(), slot.zone())),
                    new Paragraph(panel.getTranslation("meeting.slot.with", slot.ownerName())),
                    MeetingPlace.of(slot.table(), slot.videoUrl()),
                    new Paragraph(slot.seatsLeft() == 0 ? panel.getTranslation("meeting.slot.full")
                            : panel.getTranslation("meeting.slot.seats-left", slot.seatsLeft(), slot.guests())));
            card.addClassNames("card", "meeting-slot");
            boolean mine = slot.ownerId() == currentMember.require().memberId();
            if (slot.seatsLeft() > 0 && !mine) {
                Button request = new Button(panel.getTranslation("meeting.request"),
                        click -> new RequestDialog(slots, slot, slots.participants(event.id()), () -> show(panel, event)).open());
                request.addClassName("slot-request");
                card.add(request);
            }
            list.add(card);
        }
        return list;
    }

    private static void warn(Component on, String key) {
        Notification.show(on.getTranslation(key), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
