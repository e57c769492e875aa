package eu.hubtable.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.hubtable.matching.Consortia;
import eu.hubtable.matching.TeamRow;
import eu.hubtable.matching.TenderCard;
import eu.hubtable.matching.TenderRefused;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** The tender and its team on one plain page, to print or save as PDF from the browser; for the team only. */
@Route(value = "tenders/:tenderId/print", autoLayout = false)
@PermitAll
public class TenderPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Consortia consortia;
    private String pageTitle = "";

    public TenderPrintView(Consortia consortia) {
        this.consortia = consortia;
        addClassName("print-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenderCard card;
        List<TeamRow> team;
        try {
            long tenderId = event.getRouteParameters().getLong("tenderId").orElseThrow(NotFoundException::new);
            card = consortia.card(tenderId);
            team = consortia.team(tenderId);
        } catch (TenderRefused | AccessDeniedException notForYou) {
            throw new NotFoundException();
        }
        pageTitle = card.title() + " · " + getTranslation("app.name");
        removeAll();
        Button print = new Button(getTranslation("agenda.print.button"), click -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        Paragraph facts = new Paragraph(TenderTexts.facts(this, card));
        facts.setId("print-facts");
        Paragraph progress = new Paragraph(getTranslation("tender.progress", card.filledCount(), card.roles().size())
                + (card.formed() ? " · " + getTranslation("tender.formed.badge") : ""));
        add(print, new H1(card.title()), facts, progress, new Paragraph(card.link()), new H2(getTranslation("tender.team.title")),
                table(team));
    }

    private NativeTable table(List<TeamRow> team) {
        NativeTableRow head = new NativeTableRow();
        for (String key : new String[] {"tender.team.role", "tender.team.party", "tender.team.organisation", "tender.team.status",
                "tender.team.email"}) {
            head.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        NativeTableBody body = new NativeTableBody();
        for (TeamRow row : team) {
            body.add(new NativeTableRow(new NativeTableCell(row.role()), new NativeTableCell(text(row.person())),
                    new NativeTableCell(text(row.organisation())),
                    new NativeTableCell(getTranslation(row.status() == null ? "tender.role.missing" : "tender.status." + row.status().name())),
                    new NativeTableCell(text(row.email()))));
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.setId("print-table");
        return table;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
