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
import eu.hubtable.group.GroupRefused;
import eu.hubtable.group.GroupStatus;
import eu.hubtable.group.SteeringCommittee;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** A hub's steering committee sees every working group at once (the hub's managers only). */
@Route("hubs/:hubId/steering")
@PermitAll
public class SteeringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SteeringCommittee steering;
    private String title = "";

    public SteeringView(SteeringCommittee steering) {
        this.steering = steering;
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
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        Grid<GroupStatus> grid = new Grid<>();
        grid.setId("steering-groups");
        grid.addComponentColumn(g -> new Anchor("groups/" + g.groupId(), g.name())).setHeader(getTranslation("steering.group"));
        grid.addColumn(g -> getTranslation("steering.health." + g.health().name())).setHeader(getTranslation("steering.health"));
        grid.addColumn(GroupStatus::members).setHeader(getTranslation("steering.members"));
        grid.addColumn(g -> g.nextSessionAt() == null ? getTranslation("steering.none") : g.nextSession() + " · "
                + when.withZone(ZoneId.of(g.nextSessionTimeZone())).format(g.nextSessionAt()))
                .setHeader(getTranslation("steering.next"));
        grid.addColumn(GroupStatus::decisions).setHeader(getTranslation("steering.decisions"));
        grid.addColumn(GroupStatus::openActions).setHeader(getTranslation("steering.actions.open"));
        grid.addColumn(GroupStatus::overdueActions).setHeader(getTranslation("steering.actions.overdue"));
        grid.addColumn(GroupStatus::deliverablesDue).setHeader(getTranslation("steering.deliverables.due", SteeringCommittee.DUE_WITHIN_DAYS));
        grid.addColumn(GroupStatus::deliverablesOverdue).setHeader(getTranslation("steering.deliverables.overdue"));
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        Paragraph empty = new Paragraph(getTranslation("groups.empty"));
        empty.setVisible(groups.isEmpty());
        add(new H1(title), grid, empty);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
