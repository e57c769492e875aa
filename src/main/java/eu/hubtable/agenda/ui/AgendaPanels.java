package eu.hubtable.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import eu.hubtable.agenda.AgendaSheet;
import eu.hubtable.agenda.AgendaTemplates;
import eu.hubtable.agenda.AgendaWatch;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.agenda.TemplateCard;
import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.ui.component.Countdown;
import eu.hubtable.event.EventDetails;
import eu.hubtable.event.EventExtension;
import eu.hubtable.room.RoomDetails;
import eu.hubtable.room.RoomExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The agenda's place on a room's or an event's page: the item being discussed and its countdown,
 * live, with a link to the whole agenda; those who facilitate a session without one prepare it
 * here, from one of the host's templates.
 */
@org.springframework.stereotype.Component
class AgendaPanels implements RoomExtension, EventExtension {

    private final Agendas agendas;
    private final AgendaTemplates templates;
    private final LiveSignals signals;

    AgendaPanels(Agendas agendas, AgendaTemplates templates, LiveSignals signals) {
        this.agendas = agendas;
        this.templates = templates;
        this.signals = signals;
    }

    @Override
    public Optional<Component> panelFor(RoomDetails room) {
        return panel(agendas.ofRoom(room.id()), room.facilitating(), () -> templates.forRoom(room.id()),
                template -> agendas.createForRoom(room.id(), template));
    }

    @Override
    public Optional<Component> panelFor(EventDetails event) {
        return panel(agendas.ofEvent(event.id()), event.hosting(), () -> templates.forEvent(event.id()),
                template -> agendas.createForEvent(event.id(), template));
    }

    private Optional<Component> panel(Optional<Long> agendaId, boolean facilitating,
            java.util.function.Supplier<List<TemplateCard>> hostTemplates, Function<Long, Long> create) {
        if (agendaId.isEmpty()) {
            return facilitating ? Optional.of(prepare(hostTemplates.get(), create)) : Optional.empty();
        }
        AgendaWatch watch = agendas.watch(agendaId.get());
        Div panel = card();
        Div now = new Div();
        panel.add(new H2(panel.getTranslation("agenda.heading")), now,
                new Anchor("agendas/" + watch.agendaId(), panel.getTranslation("agenda.open")));
        showNow(now, watch.current());
        signals.listen(panel, TopicIds.agenda(watch.agendaId()), () -> showNow(now, watch.current()));
        return Optional.of(panel);
    }

    private static void showNow(Div now, AgendaSheet sheet) {
        now.removeAll();
        sheet.current().ifPresent(item -> {
            Span title = new Span(now.getTranslation("agenda.run.now", item.title()));
            title.setId("room-agenda-now");
            now.add(title);
            sheet.currentItemEnds().ifPresent(ends -> now.add(new Countdown(ends, now.getTranslation("agenda.run.countdown"), true)));
        });
        if (sheet.current().isEmpty()) {
            now.add(new Span(now.getTranslation("agenda.state." + sheet.state().name())));
        }
    }

    private static Component prepare(List<TemplateCard> hostTemplates, Function<Long, Long> create) {
        Div panel = card();
        Select<Optional<TemplateCard>> from = new Select<>();
        from.setLabel(panel.getTranslation("agenda.template.choose"));
        from.setId("agenda-template");
        List<Optional<TemplateCard>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        hostTemplates.forEach(template -> choices.add(Optional.of(template)));
        from.setItems(choices);
        from.setItemLabelGenerator(choice -> choice.map(t -> panel.getTranslation("agenda.template.option", t.name(), t.items(),
                t.plannedMinutes())).orElse(panel.getTranslation("agenda.template.none")));
        from.setValue(Optional.empty());
        Button start = new Button(panel.getTranslation("agenda.create"), click -> {
            long agendaId = create.apply(from.getValue().map(TemplateCard::id).orElse(null));
            panel.getUI().ifPresent(ui -> ui.navigate("agendas/" + agendaId));
        });
        start.setId("create-agenda");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        panel.add(new H2(panel.getTranslation("agenda.heading")), new Div(from, start));
        return panel;
    }

    private static Div card() {
        Div panel = new Div();
        panel.addClassNames("card", "room-agenda");
        panel.setId("room-agenda");
        return panel;
    }
}
