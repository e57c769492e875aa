package eu.hubtable.impact.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.hubtable.impact.Engagement;
import eu.hubtable.impact.Figure;
import eu.hubtable.impact.HubIndicators;
import eu.hubtable.impact.Indicators;
import eu.hubtable.impact.PeriodRejected;
import eu.hubtable.organisation.MyOrganisation;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hub manager's impact dashboard: pick a hub and a period (the last 90 days at first); every
 * indicator against the period before, as a table, a CSV file and a chart drawn on the server.
 * Open to every member, but it lists only the hubs they manage, and the service checks again.
 */
@Route("impact")
@PermitAll
@Menu(title = "nav.impact", order = 8, icon = "vaadin:chart")
public class ImpactView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_DAYS = 90;

    private final Indicators indicators;
    private final Engagement engagement;
    private final GroupEngagementTable groups = new GroupEngagementTable();
    private final MemberEngagementPanel members = new MemberEngagementPanel();
    private final Select<MyOrganisation> hub = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<Figure> table = new Grid<>();
    private final Div chart = new Div();
    private final Div download = new Div();
    private @Nullable HubIndicators shown;

    public ImpactView(Indicators indicators, Engagement engagement, Clock clock) {
        this.indicators = indicators;
        this.engagement = engagement;
        addClassName("page");
        add(new H1(getTranslation("impact.title")));
        List<MyOrganisation> hubs = indicators.hubsIManage();
        if (hubs.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("impact.no-hub"));
            none.setId("impact-no-hub");
            add(none);
            return;
        }
        hub.setLabel(getTranslation("impact.hub"));
        hub.setItems(hubs);
        hub.setItemLabelGenerator(h -> h == null ? "" : h.name());
        hub.setValue(hubs.getFirst());
        hub.setId("impact-hub");
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("impact.from"));
        from.setValue(today.minusDays(DEFAULT_DAYS - 1));
        from.setId("impact-from");
        to.setLabel(getTranslation("impact.to"));
        to.setValue(today);
        to.setId("impact-to");
        hub.addValueChangeListener(change -> show());
        from.addValueChangeListener(change -> show());
        to.addValueChangeListener(change -> show());
        Div controls = new Div(hub, from, to, download);
        controls.addClassName("control-row");
        table.addColumn(f -> getTranslation("impact.indicator." + f.indicator().name())).setHeader(getTranslation("impact.column.indicator"))
                .setFlexGrow(3);
        table.addColumn(f -> IndicatorCsv.number(f.current())).setHeader(getTranslation("impact.column.current"));
        table.addColumn(f -> IndicatorCsv.number(f.previous())).setHeader(getTranslation("impact.column.previous"));
        table.addColumn(f -> signed(f.change())).setHeader(getTranslation("impact.column.change"));
        table.setAllRowsVisible(true);
        table.setId("impact-table");
        table.setAriaLabel(getTranslation("impact.table"));
        chart.setId("impact-chart");
        add(controls, table, chart, groups, members);
        show();
    }

    private void show() {
        from.setInvalid(false);
        to.setInvalid(false);
        MyOrganisation selected = hub.getValue();
        if (selected == null) {
            return;
        }
        try {
            shown = indicators.forHub(selected.id(), from.getValue(), to.getValue());
        } catch (PeriodRejected rejected) {
            rejected.problems().forEach((field, key) -> {
                DatePicker picker = field == PeriodRejected.Field.FROM ? from : to;
                picker.setErrorMessage(getTranslation(key));
                picker.setInvalid(true);
            });
            return;
        }
        HubIndicators figures = shown;
        table.setItems(figures.figures());
        byte[] png = IndicatorChart.png(figures, this::getTranslation);
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(png),
                "hubtable-impact-chart.png", "image/png", png.length)), getTranslation("impact.chart.alt", selected.name(),
                        figures.from(), figures.to(), figures.previousFrom(), figures.previousTo()));
        image.setWidth(IndicatorChart.WIDTH + "px");
        image.setMaxWidth("100%");
        image.setId("impact-chart-image");
        chart.removeAll();
        chart.add(image);
        String csv = IndicatorCsv.of(figures, this::getTranslation);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                "hubtable-impact-" + selected.id() + "-" + figures.from() + "-" + figures.to() + ".csv", "text/csv", bytes.length)),
                getTranslation("impact.csv"));
        link.setId("impact-csv");
        download.removeAll();
        download.add(link);
        groups.show(engagement.ofGroups(selected.id(), figures.from(), figures.to()), selected.id(), figures.from(), figures.to());
        members.showFrom(() -> new MemberEngagementPanel.Shown(engagement.ofMembers(selected.id(), figures.from(), figures.to()),
                selected.id(), figures.from(), figures.to()));
    }

    /** What the table shows, for tests and for the CSV: the figures of the current choice. */
    @Nullable
    HubIndicators shown() {
        return shown;
    }

    private static String signed(@Nullable Double change) {
        String number = IndicatorCsv.number(change);
        return change != null && change > 0 ? "+" + number : number;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("impact.title") + " · " + getTranslation("app.name");
    }
}
