package eu.hubtable.impact.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import eu.hubtable.core.ui.component.CsvDownload;
import eu.hubtable.core.ui.component.ExportedColumns;
import eu.hubtable.impact.MemberEngagement;
import eu.hubtable.impact.MemberEngagementReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What each member took part in, for those who agreed to be named, and everyone else on one line.
 * Closed at first and read only when opened: it reads the whole period's history, the dashboard need not wait for it.
 */
class MemberEngagementPanel extends Composite<Details> {

    private final Grid<MemberEngagement> grid = new Grid<>();
    private final ExportedColumns<MemberEngagement> exported = new ExportedColumns<>(grid);
    private final Paragraph empty = new Paragraph();
    private final Div download = new Div();
    private @Nullable Supplier<Shown> source;

    /** The report of one hub and period, and the file name its CSV gets. */
    record Shown(MemberEngagementReport report, long hubId, LocalDate from, LocalDate to) {
    }

    MemberEngagementPanel() {
        Details details = getContent();
        details.setSummaryText(getTranslation("impact.members.title"));
        details.setId("impact-members-panel");
        grid.setId("impact-members");
        grid.setAriaLabel(getTranslation("impact.members.table"));
        grid.setAllRowsVisible(true);
        exported.add(getTranslation("impact.members.column.member"),
                m -> m.name() == null ? getTranslation("impact.members.others", m.members()) : m.name());
        exported.add(getTranslation("impact.members.column.rsvps"), MemberEngagement::rsvps);
        exported.add(getTranslation("impact.members.column.events"), MemberEngagement::eventsAttended);
        exported.add(getTranslation("impact.members.column.sessions"), MemberEngagement::sessionsAttended);
        exported.add(getTranslation("impact.members.column.contacts"), MemberEngagement::contactsMade);
        exported.add(getTranslation("impact.members.column.meetings"), MemberEngagement::meetingsHeld);
        exported.add(getTranslation("impact.members.column.actions"), MemberEngagement::actionsDone);
        exported.add(getTranslation("impact.members.column.consortia"), MemberEngagement::consortiaFormed);
        exported.add(getTranslation("impact.members.column.introductions"), MemberEngagement::introductions);
        grid.getColumns().getFirst().setFlexGrow(3);
        empty.setText(getTranslation("impact.members.empty"));
        empty.setId("impact-members-empty");
        details.add(new Paragraph(getTranslation("impact.members.privacy")), grid, empty, download);
        details.addOpenedChangeListener(opened -> refresh());
    }

    /** What to show for the current choice; read now if the panel is open, else when it opens. */
    void showFrom(Supplier<Shown> report) {
        this.source = report;
        refresh();
    }

    private void refresh() {
        if (!getContent().isOpened() || source == null) {
            return;
        }
        Shown shown = source.get();
        List<MemberEngagement> rows = new ArrayList<>(shown.report().named());
        if (shown.report().others() != null) {
            rows.add(shown.report().others());
        }
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        download.removeAll();
        if (!rows.isEmpty()) {
            download.add(new CsvDownload("impact-members-csv", "hubtable-members-" + shown.hubId() + "-" + shown.from() + "-" + shown.to() + ".csv",
                    getTranslation("impact.members.csv"), exported.csv().write(rows)));
        }
    }
}
