package eu.hubtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.ui.PublicAddress;
import eu.hubtable.event.Calendars;

/**
 * My subscribable calendar: its address is shown once when made (only a hash is kept); making a new
 * one or stopping it revokes the old address.
 */
class CalendarFeedPanel extends Div {

    private final Calendars calendars;
    private final Div body = new Div();

    CalendarFeedPanel(Calendars calendars) {
        this.calendars = calendars;
        addClassNames("card", "calendar-feed");
        setId("calendar-feed");
        add(new H2(getTranslation("feed.title")), new Paragraph(getTranslation("feed.explain")), body);
        show(null);
    }

    private void show(String address) {
        body.removeAll();
        if (address != null) {
            TextField url = new TextField(getTranslation("feed.address"));
            url.setValue(address);
            url.setReadOnly(true);
            url.setWidthFull();
            url.setId("feed-address");
            body.add(url, new Paragraph(getTranslation("feed.shown-once")));
        }
        boolean active = address != null || calendars.hasFeed();
        Button make = new Button(getTranslation(active ? "feed.renew" : "feed.create"), click -> show(PublicAddress.base() + "calendar/"
                + calendars.newFeedToken() + ".ics"));
        make.setId("feed-create");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(make);
        buttons.addClassName("button-row");
        if (active) {
            Button stop = new Button(getTranslation("feed.revoke"), click -> {
                calendars.revokeFeed();
                show(null);
            });
            stop.setId("feed-revoke");
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(stop);
        }
        body.add(buttons);
    }
}
