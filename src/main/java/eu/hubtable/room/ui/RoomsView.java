package eu.hubtable.room.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomCard;
import eu.hubtable.room.RoomPeriod;
import eu.hubtable.room.Rooms;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The room catalogue: live now, upcoming, past; by theme. Only rooms this member may see are listed. */
@Route("rooms")
@PermitAll
@Menu(title = "nav.rooms", order = 4, icon = "vaadin:group")
public class RoomsView extends VerticalLayout implements HasDynamicTitle {

    private final Rooms rooms;
    private final Div list = new Div();
    private final ComboBox<String> theme = new ComboBox<>();
    private final ComboBox<Rooms.Host> host = new ComboBox<>();
    private final Tabs periods = new Tabs();
    private final List<RoomPeriod> order = List.of(RoomPeriod.LIVE, RoomPeriod.UPCOMING, RoomPeriod.PAST);

    public RoomsView(Rooms rooms, Organisations organisations) {
        this.rooms = rooms;
        addClassName("page");
        Div top = new Div(new H1(getTranslation("rooms.title")));
        top.addClassName("page-top");
        if (organisations.mine().stream().anyMatch(o -> o.role() == MembershipRole.MANAGER)) {
            Button plan = new Button(getTranslation("rooms.plan"), click -> getUI().ifPresent(ui -> ui.navigate(NewRoomView.class)));
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            plan.setId("plan-room");
            top.add(plan);
        }
        order.forEach(period -> periods.add(new Tab(getTranslation("rooms.period." + period.name()))));
        periods.setSelectedIndex(1);
        periods.addSelectedChangeListener(change -> show());
        theme.setPlaceholder(getTranslation("rooms.filter.theme"));
        theme.setItems(rooms.themes());
        theme.setClearButtonVisible(true);
        theme.setId("theme-filter");
        theme.addValueChangeListener(change -> show());
        host.setPlaceholder(getTranslation("rooms.filter.host"));
        host.setItems(rooms.hosts());
        host.setItemLabelGenerator(Rooms.Host::name);
        host.setClearButtonVisible(true);
        host.setId("host-filter");
        host.addValueChangeListener(change -> show());
        list.setId("room-list");
        list.addClassName("room-list");
        Div filters = new Div(theme, host);
        filters.addClassName("control-row");
        add(top, periods, filters, list);
        show();
    }

    private void show() {
        RoomPeriod period = order.get(Math.max(0, periods.getSelectedIndex()));
        List<RoomCard> found = rooms.catalogue(period, theme.getValue(), host.getValue() == null ? null : host.getValue().id());
        list.removeAll();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("rooms.empty." + period.name()));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        found.forEach(room -> list.add(card(room)));
    }

    private Div card(RoomCard room) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of(room.timeZone()));
        Anchor title = new Anchor("rooms/" + room.id(), room.title());
        title.addClassName("card-title");
        Span theme = new Span(room.theme());
        theme.addClassName("badge");
        Paragraph when = new Paragraph(format.format(room.startsAt()) + " (" + room.timeZone() + ") · " + room.hostName());
        when.addClassName("muted");
        Div card = new Div(title, theme, when);
        if (room.seated() > 0) {
            card.add(new Paragraph(getTranslation("rooms.seated", room.seated())));
        }
        card.addClassNames("card", "room-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rooms.title") + " · " + getTranslation("app.name");
    }
}
