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
import eu.hubtable.core.ui.component.CsvDownload;
import eu.hubtable.core.ui.component.ExportedColumns;
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
        ExportedColumns<GroupStatus> columns = new ExportedColumns<>(grid);
        String group = getTranslation("steering.group");
        grid.addComponentColumn(g -> new Anchor("groups/" + g.groupId(), g.name())).setHeader(group);
        columns.csv().column(group, GroupStatus::name);
        columns.add(getTranslation("steering.health"), g -> getTranslation("steering.health." + g.health().name()));
        columns.add(getTranslation("steering.members"), GroupStatus::members);
        columns.add(getTranslation("steering.attendance", AttendanceTrend.SESSIONS),
                g -> AttendanceText.rates(g.attendance(), getLocale()));
        columns.add(getTranslation("steering.trend"), g -> getTranslation("steering.trend." + g.attendance().direction().name()));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        columns.add(getTranslation("steering.next"), g -> g.nextSessionAt() == null ? getTranslation("steering.none")
                : g.nextSession() + " · " + when.withZone(ZoneId.of(g.nextSessionTimeZone())).format(g.nextSessionAt()));
        columns.add(getTranslation("steering.decisions"), GroupStatus::decisions);
        columns.add(getTranslation("steering.actions.open"), GroupStatus::openActions);
        columns.add(getTranslation("steering.actions.overdue"), GroupStatus::overdueActions);
        columns.add(getTranslation("steering.deliverables.due", SteeringCommittee.DUE_WITHIN_DAYS), GroupStatus::deliverablesDue);
        columns.add(getTranslation("steering.deliverables.overdue"), GroupStatus::deliverablesOverdue);
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        Paragraph empty = new Paragraph(getTranslation("groups.empty"));
        empty.setVisible(groups.isEmpty());
        add(new H1(title), grid, empty, new CsvDownload("steering-csv", CsvFiles.name("steering", hubId, LocalDate.now(clock)),
                getTranslation("steering.csv"), columns.csv().write(groups)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
