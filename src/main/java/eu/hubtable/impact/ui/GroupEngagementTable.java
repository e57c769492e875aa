package eu.hubtable.impact.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.hubtable.core.ui.component.CsvDownload;
import eu.hubtable.core.ui.component.ExportedColumns;
import eu.hubtable.impact.GroupEngagement;
import java.time.LocalDate;
import java.util.List;

/** The hub's working groups side by side over the chosen period, and the same table as CSV. */
class GroupEngagementTable extends Composite<VerticalLayout> {

    private final Grid<GroupEngagement> grid = new Grid<>();
    private final ExportedColumns<GroupEngagement> exported = new ExportedColumns<>(grid);
    private final Paragraph empty = new Paragraph();
    private final Div download = new Div();

    GroupEngagementTable() {
        getContent().setPadding(false);
        grid.setId("impact-groups");
        grid.setAriaLabel(getTranslation("impact.groups.table"));
        grid.setAllRowsVisible(true);
        exported.add(getTranslation("impact.groups.column.group"),
                g -> g.name() == null ? getTranslation("impact.groups.removed") : g.name());
        exported.add(getTranslation("impact.groups.column.sessions"), GroupEngagement::sessionsHeld);
        exported.add(getTranslation("impact.groups.column.attendance"), GroupEngagement::attendanceRate);
        exported.add(getTranslation("impact.groups.column.attendees"), GroupEngagement::attendees);
        exported.add(getTranslation("impact.groups.column.active"), GroupEngagement::activeMembers);
        exported.add(getTranslation("impact.groups.column.decisions"), GroupEngagement::decisionsLogged);
        exported.add(getTranslation("impact.groups.column.actions"), GroupEngagement::actionsDone);
        exported.add(getTranslation("impact.groups.column.on-time"), GroupEngagement::actionsDoneOnTime);
        exported.add(getTranslation("impact.groups.column.deliverables"), GroupEngagement::deliverablesDelivered);
        grid.getColumns().getFirst().setFlexGrow(3);
        empty.setText(getTranslation("impact.groups.empty"));
        empty.setId("impact-groups-empty");
        getContent().add(new H2(getTranslation("impact.groups.title")), grid, empty, download);
    }

    void show(List<GroupEngagement> rows, long hubId, LocalDate from, LocalDate to) {
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        download.removeAll();
        if (!rows.isEmpty()) {
            download.add(new CsvDownload("impact-groups-csv", "hubtable-groups-" + hubId + "-" + from + "-" + to + ".csv",
                    getTranslation("impact.groups.csv"), exported.csv().write(rows)));
        }
    }
}
