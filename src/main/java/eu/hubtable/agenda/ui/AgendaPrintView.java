package eu.hubtable.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.hubtable.agenda.AgendaRefused;
import eu.hubtable.agenda.AgendaSheet;
import eu.hubtable.agenda.Agendas;
import jakarta.annotation.security.PermitAll;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The agenda with its outcomes on one plain page, to print or save as PDF from the browser: the
 * synthesis a working group hands on. No navigation around it.
 */
@Route(value = "agendas/:agendaId/print", autoLayout = false)
@PermitAll
public class AgendaPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Agendas agendas;
    private String pageTitle = "";

    public AgendaPrintView(Agendas agendas) {
        this.agendas = agendas;
        addClassName("print-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AgendaSheet sheet;
        try {
            sheet = agendas.sheet(event.getRouteParameters().getLong("agendaId").orElseThrow(NotFoundException::new));
        } catch (AgendaRefused notVisible) {
            throw new NotFoundException();
        }
        pageTitle = getTranslation("agenda.page-title", sheet.sessionTitle());
        removeAll();
        Button print = new Button(getTranslation("agenda.print.button"), click -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale());
        add(print, new H1(sheet.sessionTitle()), new Paragraph(ZonedDateTime.ofInstant(sheet.plannedStart(), sheet.zone())
                .format(dateTime) + " (" + sheet.zone().getId() + ") · " + getTranslation("agenda.total.planned", sheet.plannedMinutes())));
        add(table(sheet));
        sheet.items().forEach(item -> add(item(sheet, item)));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private NativeTable table(AgendaSheet sheet) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        NativeTableRow head = new NativeTableRow();
        for (String key : new String[] {"agenda.column.time", "agenda.column.item", "agenda.column.owner", "agenda.column.planned",
                "agenda.column.actual", "agenda.column.status"}) {
            head.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        NativeTableBody body = new NativeTableBody();
        for (AgendaSheet.Item item : sheet.items()) {
            Integer seconds = item.actualSeconds();
            body.add(new NativeTableRow(new NativeTableCell(ZonedDateTime.ofInstant(item.plannedStart(), sheet.zone()).format(time)),
                    new NativeTableCell(item.title()), new NativeTableCell(owner(item.ownerId(), item.ownerName())),
                    new NativeTableCell(Integer.toString(item.plannedMinutes())),
                    new NativeTableCell(seconds == null ? "" : "%d:%02d".formatted(seconds / 60, seconds % 60)),
                    new NativeTableCell(getTranslation("agenda.status." + item.status().name()))));
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.setId("print-table");
        return table;
    }

    private Div item(AgendaSheet sheet, AgendaSheet.Item item) {
        Div section = new Div(new H2((item.position() + 1) + ". " + item.title()));
        for (String[] text : new String[][] {{"agenda.item.notes", item.notes()}, {"agenda.item.outcome", item.outcome()}}) {
            if (text[1] != null) {
                Paragraph body = new Paragraph(text[1]);
                body.addClassName("preserve-lines");
                section.add(new H3(getTranslation(text[0])), body);
            }
        }
        if (!sheet.actionsOf(item.id()).isEmpty()) {
            UnorderedList actions = new UnorderedList();
            for (AgendaSheet.Action action : sheet.actionsOf(item.id())) {
                String line = (action.done() ? "☑ " : "☐ ") + action.text()
                        + (action.assigneeId() == null ? "" : " — " + owner(action.assigneeId(), action.assigneeName()))
                        + (action.dueOn() == null ? "" : " — " + getTranslation("action.due-on", action.dueOn().toString()));
                actions.add(new ListItem(line));
            }
            section.add(new H3(getTranslation("agenda.actions")), actions);
        }
        return section;
    }

    private String owner(Long id, String name) {
        return id == null ? "" : name == null ? getTranslation("member.former") : name;
    }
}
