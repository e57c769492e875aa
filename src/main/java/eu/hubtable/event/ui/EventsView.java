package eu.hubtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.event.Calendars;
import eu.hubtable.event.EventCard;
import eu.hubtable.event.EventFormat;
import eu.hubtable.event.EventPeriod;
import eu.hubtable.event.EventState;
import eu.hubtable.event.Events;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.Organisations;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Stream;

/** Hub events, upcoming or past, by host, format, month and theme; and my calendar feed. */
@Route("events")
@PermitAll
@Menu(title = "nav.events", order = 5, icon = "vaadin:calendar")
public class EventsView extends VerticalLayout implements HasDynamicTitle {

    private final Events events;
    private final Div list = new Div();
    private final Tabs periods = new Tabs();
    private final ComboBox<Events.Host> host = new ComboBox<>();
    private final Select<EventFormat> format = new Select<>();
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();

    public EventsView(Events events, Calendars calendars, Organisations organisations) {
        this.events = events;
        addClassName("page");
        Div top = new Div(new H1(getTranslation("events.title")));
        top.addClassName("page-top");
        if (organisations.mine().stream().anyMatch(o -> o.role() == MembershipRole.MANAGER)) {
            Button plan = new Button(getTranslation("events.plan"), click -> getUI().ifPresent(ui -> ui.navigate(EventFormView.class)));
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            plan.setId("plan-event");
            top.add(plan);
        }
        periods.add(new Tab(getTranslation("events.period.UPCOMING")), new Tab(getTranslation("events.period.PAST")));
        periods.addSelectedChangeListener(change -> show());
        host.setPlaceholder(getTranslation("events.filter.host"));
        host.setItems(events.hosts());
        host.setItemLabelGenerator(Events.Host::name);
        host.setClearButtonVisible(true);
        host.setId("event-host-filter");
        format.setPlaceholder(getTranslation("events.filter.format"));
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(f -> f == null ? getTranslation("events.filter.any-format") : getTranslation("event.format." + f.name()));
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption(getTranslation("events.filter.any-format"));
        format.setId("event-format-filter");
        YearMonth now = YearMonth.now();
        month.setPlaceholder(getTranslation("events.filter.month"));
        month.setItems(Stream.iterate(now.minusMonths(6), m -> m.plusMonths(1)).limit(19).toList());
        month.setItemLabelGenerator(m -> m.format(DateTimeFormatter.ofPattern("LLLL yyyy", getLocale())));
        month.setClearButtonVisible(true);
        month.setId("event-month-filter");
        theme.setPlaceholder(getTranslation("events.filter.theme"));
        theme.setItems(events.themes());
        theme.setClearButtonVisible(true);
        theme.setId("event-theme-filter");
        host.addValueChangeListener(change -> show());
        format.addValueChangeListener(change -> show());
        month.addValueChangeListener(change -> show());
        theme.addValueChangeListener(change -> show());
        list.setId("event-list");
        list.addClassName("room-list");
        Div filters = new Div(host, format, month, theme);
        filters.addClassName("control-row");
        add(top, periods, filters, list, new CalendarFeedPanel(calendars));
        show();
    }

    private void show() {
        EventPeriod period = periods.getSelectedIndex() == 1 ? EventPeriod.PAST : EventPeriod.UPCOMING;
        List<EventCard> found = events.list(period, host.getValue() == null ? null : host.getValue().id(), format.getValue(),
                month.getValue(), theme.getValue());
        list.removeAll();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("events.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        found.forEach(event -> list.add(card(event)));
    }

    private Div card(EventCard event) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of(event.timeZone()));
        Anchor title = new Anchor("events/" + event.id(), event.title());
        title.addClassName("card-title");
        Span kind = new Span(getTranslation("event.format." + event.format().name()));
        kind.addClassName("badge");
        Div card = new Div(title, kind);
        if (event.state() == EventState.CANCELLED) {
            Span cancelled = new Span(getTranslation("event.state.CANCELLED"));
            cancelled.addClassNames("badge", "badge-error");
            card.add(cancelled);
        }
        Paragraph details = new Paragraph(when.format(event.startsAt()) + " (" + event.timeZone() + ") · " + event.hostName()
                + (event.venueName() == null ? "" : " · " + event.venueName()));
        details.addClassName("muted");
        card.add(details, new Paragraph(getTranslation("events.seats", event.going(), event.capacity())));
        card.addClassNames("card", "event-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.title") + " · " + getTranslation("app.name");
    }
}
