package eu.hubtable.group.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.hubtable.core.csv.CsvTable;
import eu.hubtable.core.ui.component.CsvDownload;
import eu.hubtable.group.AttendanceTrend;
import eu.hubtable.group.GroupRefused;
import eu.hubtable.group.GroupStatus;
import eu.hubtable.group.SteeringCommittee;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;

/**
 * A hub's steering committee sees every working group at once (the hub's managers only), attendance
 * trend included, and may take the table away as a CSV file.
 */
@Route("hubs/:hubId/steering")
@PermitAll
public class SteeringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SteeringCommittee steering;
    private final Clock clock;
    private String title = "";

    public SteeringView(SteeringCommittee steering, Clock clock) {
        this.steering = steering;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long hubId = event.getRouteParameters().getLong("hubId").orElseThrow(NotFoundException::new);
        List<GroupStatus> groups;
        try {
            title = getTranslation("steering.title", steering.hubName(hubId));
            groups = steering.overview(hubId);
        } catch (GroupRefused | AccessDeniedException notForYou) {
            throw new NotFoundException();
        }
        removeAll();
        Grid<GroupStatus> grid = new Grid<>();
        grid.setId("steering-groups");
        CsvTable<GroupStatus> csv = new CsvTable<>();
        String group = getTranslation("steering.group");
        grid.addComponentColumn(g -> new Anchor("groups/" + g.groupId(), g.name())).setHeader(group);
        csv.column(group, GroupStatus::name);
        column(grid, csv, getTranslation("steering.health"), g -> getTranslation("steering.health." + g.health().name()));
        column(grid, csv, getTranslation("steering.members"), GroupStatus::members);
        column(grid, csv, getTranslation("steering.attendance", AttendanceTrend.SESSIONS),
                g -> AttendanceText.rates(g.attendance(), getLocale()));
        column(grid, csv, getTranslation("steering.trend"), g -> getTranslation("steering.trend." + g.attendance().direction().name()));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        column(grid, csv, getTranslation("steering.next"), g -> g.nextSessionAt() == null ? getTranslation("steering.none")
                : g.nextSession() + " · " + when.withZone(ZoneId.of(g.nextSessionTimeZone())).format(g.nextSessionAt()));
        column(grid, csv, getTranslation("steering.decisions"), GroupStatus::decisions);
        column(grid, csv, getTranslation("steering.actions.open"), GroupStatus::openActions);
        column(grid, csv, getTranslation("steering.actions.overdue"), GroupStatus::overdueActions);
        column(grid, csv, getTranslation("steering.deliverables.due", SteeringCommittee.DUE_WITHIN_DAYS), GroupStatus::deliverablesDue);
        column(grid, csv, getTranslation("steering.deliverables.overdue"), GroupStatus::deliverablesOverdue);
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        Paragraph empty = new Paragraph(getTranslation("groups.empty"));
        empty.setVisible(groups.isEmpty());
        add(new H1(title), grid, empty, new CsvDownload("steering-csv", CsvFiles.name("steering", hubId, LocalDate.now(clock)),
                getTranslation("steering.csv"), csv.write(groups)));
    }

    /** One column, shown in the grid and written to the CSV file alike, so the file is exactly the table. */
    private static void column(Grid<GroupStatus> grid, CsvTable<GroupStatus> csv, String header, Function<GroupStatus, Object> cell) {
        grid.addColumn(cell::apply).setHeader(header);
        csv.column(header, cell::apply);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
