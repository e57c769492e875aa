package eu.hubtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.hubtable.event.Attendee;
import eu.hubtable.event.Calendars;
import eu.hubtable.event.EventDetails;
import eu.hubtable.event.EventExtension;
import eu.hubtable.event.EventRefused;
import eu.hubtable.event.EventState;
import eu.hubtable.event.Events;
import eu.hubtable.event.RsvpStatus;
import eu.hubtable.event.Rsvps;
import eu.hubtable.event.TicketCodes;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An event's page: what, when, where (and how to join online), my answer with my ticket, the
 * calendar file; for the host's managers, the attendees and waitlist, their CSV, check-in, changes
 * and cancellation.
 */
@Route("events")
@PermitAll
public class EventView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Events events;
    private final Rsvps rsvps;
    private final Calendars calendars;
    private final List<EventExtension> extensions;
    private @Nullable EventDetails event;

    public EventView(Events events, Rsvps rsvps, Calendars calendars, List<EventExtension> extensions) {
        this.extensions = extensions;
        this.events = events;
        this.rsvps = rsvps;
        this.calendars = calendars;
        addClassNames("page", "event-page");
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long eventId) {
        try {
            show(events.details(eventId));
        } catch (EventRefused missing) {
            throw new NotFoundException();
        }
    }

    private void show(EventDetails details) {
        event = details;
        removeAll();
        ZoneId zone = ZoneId.of(details.timeZone());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        Span format = new Span(getTranslation("event.format." + details.format().name()));
        format.addClassName("badge");
        Span theme = new Span(details.theme());
        theme.addClassName("badge");
        Div badges = new Div(format, theme);
        if (details.state() == EventState.CANCELLED) {
            Span cancelled = new Span(getTranslation("event.state.CANCELLED"));
            cancelled.addClassNames("badge", "badge-error");
            cancelled.setId("event-cancelled");
            badges.add(cancelled);
        }
        badges.addClassName("control-row");
        Paragraph schedule = new Paragraph(when.format(details.startsAt()) + " – "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone).format(details.endsAt())
                + " (" + details.timeZone() + ") · " + details.hostName());
        schedule.setId("event-schedule");
        add(new H1(details.title()), badges, schedule);
        if (details.venueName() != null) {
            Paragraph place = new Paragraph(details.venueName() + " · " + details.venueAddress()
                    + (details.accessibilityNotes() == null ? "" : " · " + details.accessibilityNotes()));
            place.setId("event-place");
            add(place);
        }
        if (details.roomId() != null) {
            add(new Anchor("rooms/" + details.roomId(), getTranslation("event.join-online")));
        }
        for (String[] text : new String[][] {{"event.form.topic", details.topic()},
                {"event.form.presentation", details.companyPresentation()}, {"event.form.description", details.description()}}) {
            if (text[1] != null) {
                Paragraph body = new Paragraph(text[1]);
                body.addClassName("preserve-lines");
                add(new H2(getTranslation(text[0])), body);
            }
        }
        add(answer(details));
        extensions.forEach(extension -> extension.panelFor(details).ifPresent(this::add));
        if (details.hosting()) {
            add(hostPanel(details));
        }
    }

    private Div answer(EventDetails details) {
        Div panel = new Div();
        panel.addClassNames("card", "rsvp-panel");
        panel.setId("rsvp-panel");
        Paragraph seats = new Paragraph(getTranslation("event.seats-left", details.seatsLeft(), details.capacity(), details.waitlisted()));
        seats.setId("event-seats");
        panel.add(seats);
        Anchor ics = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = calendars.ics(details.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "event-" + details.id() + ".ics", "text/calendar", bytes.length);
        }), getTranslation("event.add-to-calendar"));
        ics.setId("event-ics");
        EventDetails.MyRsvp mine = details.mine();
        boolean answered = mine != null && mine.status() != RsvpStatus.CANCELLED;
        if (answered) {
            Paragraph status = new Paragraph(mine.status() == RsvpStatus.GOING ? getTranslation("rsvp.you-are-going")
                    : getTranslation("rsvp.you-are-waitlisted", mine.waitlistPosition()));
            status.setId("rsvp-status");
            panel.add(status);
        }
        if (details.state() == EventState.SCHEDULED) {
            Button action = answered
                    ? new Button(getTranslation("rsvp.cancel"), click -> act(() -> {
                        rsvps.cancel(details.id());
                        return null;
                    }))
                    : new Button(getTranslation("rsvp.going"), click -> act(() -> rsvps.going(details.id())));
            action.setId(answered ? "rsvp-cancel" : "rsvp-going");
            action.addThemeVariants(answered ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
            panel.add(new Div(action, ics));
        } else {
            panel.add(ics);
        }
        if (mine != null && mine.status() == RsvpStatus.GOING) {
            panel.add(ticket(mine));
        }
        return panel;
    }

    private Div ticket(EventDetails.MyRsvp mine) {
        Image qr = new Image(DownloadHandler.fromInputStream(download -> {
            byte[] png = TicketCodes.qrPng(mine.checkinToken(), 320);
            return new DownloadResponse(new ByteArrayInputStream(png), "hubtable-ticket.png", "image/png", png.length);
        }), getTranslation("ticket.qr-alt"));
        qr.setId("ticket-qr");
        qr.setWidth("200px");
        Paragraph code = new Paragraph(getTranslation("ticket.code", mine.checkinToken()));
        code.setId("ticket-code");
        code.addClassName("ticket-code");
        Div ticket = new Div(new H2(getTranslation("ticket.title")), qr, code);
        if (mine.checkedInAt() != null) {
            ticket.add(new Paragraph(getTranslation("ticket.checked-in")));
        }
        ticket.addClassName("ticket");
        return ticket;
    }

    private Div hostPanel(EventDetails details) {
        Div panel = new Div(new H2(getTranslation("event.host.title")));
        panel.addClassNames("card", "host-panel");
        panel.setId("host-panel");
        List<Attendee> attendees = rsvps.attendees(details.id());
        Grid<Attendee> grid = new Grid<>();
        grid.setId("attendees");
        grid.setAllRowsVisible(true);
        grid.addColumn(Attendee::displayName).setHeader(getTranslation("event.host.name"));
        grid.addColumn(Attendee::email).setHeader(getTranslation("event.host.email"));
        grid.addColumn(a -> getTranslation("rsvp.status." + a.status().name())).setHeader(getTranslation("event.host.status"));
        grid.addColumn(a -> a.checkedInAt() == null ? "" : "✓").setHeader(getTranslation("event.host.checked-in")).setAutoWidth(true);
        grid.setItems(attendees);
        List<String> headers = List.of(getTranslation("event.host.name"), getTranslation("event.host.email"),
                getTranslation("event.host.status"), getTranslation("event.host.answered"), getTranslation("event.host.checked-in"));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = rsvps.attendeesCsv(details.id(), headers).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "attendees-" + details.id() + ".csv", "text/csv", bytes.length);
        }), getTranslation("event.host.csv"));
        csv.setId("attendees-csv");
        Anchor checkIn = new Anchor("events/" + details.id() + "/check-in", getTranslation("event.host.check-in"));
        checkIn.setId("check-in-link");
        Anchor edit = new Anchor("events/" + details.id() + "/edit", getTranslation("event.host.edit"));
        Div links = new Div(checkIn, csv, edit);
        links.addClassName("link-row");
        panel.add(links, grid);
        if (details.state() == EventState.SCHEDULED) {
            Button cancel = new Button(getTranslation("event.host.cancel"), click -> {
                ConfirmDialog confirm = new ConfirmDialog();
                confirm.setHeader(getTranslation("event.host.cancel"));
                confirm.setText(getTranslation("event.host.cancel.confirm", attendees.size()));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("dialog.cancel"));
                confirm.setConfirmText(getTranslation("event.host.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.addConfirmListener(yes -> act(() -> {
                    events.cancel(details.id());
                    return null;
                }));
                confirm.open();
            });
            cancel.setId("cancel-event");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            panel.add(cancel);
        }
        return panel;
    }

    private void act(Supplier<?> action) {
        if (event == null) {
            return;
        }
        try {
            action.get();
        } catch (EventRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        show(events.details(event.id()));
    }

    @Override
    public String getPageTitle() {
        return (event == null ? getTranslation("events.title") : event.title()) + " · " + getTranslation("app.name");
    }
}
