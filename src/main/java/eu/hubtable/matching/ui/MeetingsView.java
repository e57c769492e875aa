package eu.hubtable.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.matching.MeetingCard;
import eu.hubtable.matching.MeetingRefused;
import eu.hubtable.matching.MeetingSlots;
import eu.hubtable.matching.MeetingStatus;
import eu.hubtable.matching.MyRequest;
import eu.hubtable.matching.MySchedule;
import eu.hubtable.matching.RequestCard;
import eu.hubtable.matching.SlotCard;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * My meetings at events: those accepted (when, where, with whom, why), the requests I made or was
 * brought into (cancel mine), and the slots I published with the requests to accept or decline.
 */
@Route("meetings")
@PermitAll
@Menu(title = "nav.meetings", order = 5.5, icon = "vaadin:handshake")
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingSlots slots;
    private final Div meetings = new Div();
    private final Div requests = new Div();
    private final Div published = new Div();

    public MeetingsView(MeetingSlots slots) {
        this.slots = slots;
        addClassName("page");
        meetings.setId("my-meetings");
        requests.setId("my-requests");
        published.setId("my-slots");
        add(new H1(getTranslation("meetings.title")), new Paragraph(getTranslation("meetings.intro")), meetings, requests, published);
        show();
    }

    private void show() {
        MySchedule schedule = slots.schedule();
        meetings.removeAll();
        meetings.add(new H2(getTranslation("meetings.accepted")));
        if (schedule.meetings().isEmpty()) {
            meetings.add(empty("meetings.accepted.empty"));
        }
        schedule.meetings().forEach(meeting -> meetings.add(meeting(meeting)));
        requests.removeAll();
        requests.add(new H2(getTranslation("meetings.requests")));
        if (schedule.requests().isEmpty()) {
            requests.add(empty("meetings.requests.empty"));
        }
        schedule.requests().forEach(request -> requests.add(request(request)));
        published.removeAll();
        published.add(new H2(getTranslation("meetings.slots")));
        if (schedule.slots().isEmpty()) {
            published.add(empty("meetings.slots.empty"));
        }
        schedule.slots().forEach(slot -> published.add(slot(slot)));
    }

    private Div meeting(MeetingCard meeting) {
        Div card = new Div(new Span(MeetingTimes.span(meeting.startsAt(), meeting.endsAt(), meeting.zone())),
                new Anchor("events/" + meeting.eventId(), meeting.eventTitle()),
                new Paragraph(getTranslation("meetings.people", String.join(", ", meeting.people()))),
                MeetingPlace.of(meeting.table(), meeting.videoUrl()));
        meeting.purposes().forEach(purpose -> card.add(new Paragraph(getTranslation("meetings.purpose", purpose))));
        card.addClassNames("card", "meeting-card");
        return card;
    }

    private Div request(MyRequest mine) {
        RequestCard request = mine.request();
        SlotCard slot = mine.slot();
        List<String> people = new ArrayList<>();
        people.add(request.requesterName());
        people.addAll(request.others());
        Div card = new Div(new Span(MeetingTimes.span(slot.startsAt(), slot.endsAt(), slot.zone())),
                new Anchor("events/" + slot.eventId(), slot.eventTitle()),
                new Paragraph(getTranslation("meeting.slot.with", slot.ownerName())),
                new Paragraph(getTranslation("meetings.people", String.join(", ", people))),
                new Paragraph(getTranslation("meetings.purpose", request.purpose())), status(request.status()),
                MeetingPlace.of(slot.table(), slot.videoUrl()));
        card.addClassNames("card", "meeting-request");
        if (mine.mine() && open(request.status())) {
            card.add(action("meeting.cancel", "request-cancel", ButtonVariant.LUMO_TERTIARY, () -> slots.cancel(request.id())));
        } else if (open(request.status())) {
            card.add(action("meeting.leave", "request-leave", ButtonVariant.LUMO_TERTIARY, () -> slots.leave(request.id())));
        }
        return card;
    }

    private Div slot(SlotCard slot) {
        Div card = new Div(new Span(MeetingTimes.span(slot.startsAt(), slot.endsAt(), slot.zone())),
                new Anchor("events/" + slot.eventId(), slot.eventTitle()), MeetingPlace.of(slot.table(), slot.videoUrl()),
                new Paragraph(slot.seatsLeft() == 0 ? getTranslation("meeting.slot.full")
                        : getTranslation("meeting.slot.seats-left", slot.seatsLeft(), slot.guests())));
        card.addClassNames("card", "my-slot");
        for (RequestCard request : slot.requests()) {
            List<String> people = new ArrayList<>();
            people.add(request.requesterName());
            people.addAll(request.others());
            Div row = new Div(new Span(String.join(", ", people)), new Paragraph(getTranslation("meetings.purpose", request.purpose())),
                    status(request.status()));
            row.addClassName("slot-request-row");
            if (request.status() == MeetingStatus.PENDING) {
                row.add(action("meeting.accept", "request-accept", ButtonVariant.LUMO_PRIMARY, () -> slots.accept(request.id())));
            }
            if (open(request.status())) {
                row.add(action("meeting.decline", "request-decline", ButtonVariant.LUMO_TERTIARY, () -> slots.decline(request.id())));
            }
            card.add(row);
        }
        if (slot.requests().stream().noneMatch(request -> open(request.status()))) {
            card.add(action("meeting.withdraw", "slot-withdraw", ButtonVariant.LUMO_ERROR, () -> slots.withdraw(slot.id())));
        }
        return card;
    }

    private Button action(String key, String className, ButtonVariant variant, Runnable work) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                work.run();
            } catch (MeetingRefused refused) {
                Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            show();
        });
        button.addClassName(className);
        button.addThemeVariants(variant);
        return button;
    }

    private Span status(MeetingStatus status) {
        Span badge = new Span(getTranslation("meeting.status." + status.name()));
        badge.addClassNames("badge", "meeting-status");
        return badge;
    }

    private Paragraph empty(String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }

    private static boolean open(MeetingStatus status) {
        return status == MeetingStatus.PENDING || status == MeetingStatus.ACCEPTED;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " · " + getTranslation("app.name");
    }
}
