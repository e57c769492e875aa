package eu.hubtable.demo;

import eu.hubtable.agenda.ActionItems;
import eu.hubtable.agenda.AgendaTemplates;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.agenda.ItemField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The live demo room's agenda, prepared by its facilitator: items with owners and notes, one action
 * item waiting for the demo member on their home page, and the hub's "Working group meeting" template.
 */
@Component
class DemoAgenda {

    private final Agendas agendas;
    private final ActionItems actionItems;
    private final AgendaTemplates templates;
    private final Clock clock;

    DemoAgenda(Agendas agendas, ActionItems actionItems, AgendaTemplates templates, Clock clock) {
        this.agendas = agendas;
        this.actionItems = actionItems;
        this.templates = templates;
        this.clock = clock;
    }

    void seed(long liveRoom, Map<String, Long> memberIds) {
        long agenda = agendas.createForRoom(liveRoom, null);
        long welcome = agendas.addItem(agenda, "Welcome and round of names", 10);
        long markets = agendas.addItem(agenda, "Export markets: what members told us", 25);
        long funding = agendas.addItem(agenda, "Funding for export: grants and loans", 20);
        agendas.addItem(agenda, "Recommendations for the ministry", 30);
        agendas.addItem(agenda, "Wrap-up and action items", 5);
        agendas.edit(welcome, ItemField.OWNER, null, memberIds.get(DemoContent.FACILITATOR));
        agendas.edit(markets, ItemField.OWNER, null, memberIds.get(DemoContent.MEMBER));
        agendas.edit(markets, ItemField.NOTES, null, "Survey: 31 answers. Top barriers: visas, payments, finding a local partner.");
        agendas.edit(funding, ItemField.NOTES, null, "Invite the export agency to the next session.");
        actionItems.add(markets, "Share the survey results with the working group", memberIds.get(DemoContent.MEMBER),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(14));
        templates.save(agenda, "Working group meeting");
    }
}
