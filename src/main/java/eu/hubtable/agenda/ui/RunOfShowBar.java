package eu.hubtable.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.hubtable.agenda.AgendaRefused;
import eu.hubtable.agenda.AgendaSheet;
import eu.hubtable.agenda.AgendaState;
import eu.hubtable.agenda.RunOfShow;
import eu.hubtable.core.ui.component.Countdown;

/**
 * The session as it runs: the current item and its countdown (counting on into overrun) for
 * everyone; start, next, skip and finish for facilitators.
 */
class RunOfShowBar extends Div {

    private final RunOfShow runOfShow;
    private final boolean facilitating;

    RunOfShowBar(RunOfShow runOfShow, boolean facilitating) {
        this.runOfShow = runOfShow;
        this.facilitating = facilitating;
        addClassName("run-of-show");
        setId("run-of-show");
    }

    void show(AgendaSheet sheet) {
        removeAll();
        Span state = new Span(getTranslation("agenda.state." + sheet.state().name()));
        state.addClassNames("badge", "agenda-state");
        state.setId("agenda-state");
        add(state);
        sheet.current().ifPresent(item -> {
            Span now = new Span(getTranslation("agenda.run.now", item.title()));
            now.setId("current-item");
            now.addClassName("current-item");
            add(now);
            sheet.currentItemEnds().ifPresent(ends -> {
                Countdown countdown = new Countdown(ends, getTranslation("agenda.run.countdown"), true);
                countdown.setId("item-countdown");
                add(countdown);
            });
        });
        if (sheet.state() == AgendaState.FINISHED) {
            int actual = sheet.actualSeconds();
            Span summary = new Span(getTranslation("agenda.planned-vs-actual", sheet.plannedMinutes(),
                    "%d:%02d".formatted(actual / 60, actual % 60)));
            summary.setId("planned-vs-actual");
            add(summary);
        }
        if (facilitating) {
            controls(sheet);
        }
    }

    private void controls(AgendaSheet sheet) {
        switch (sheet.state()) {
            case PLANNED -> add(button("agenda.run.start", "run-start", true, () -> runOfShow.start(sheet.id())));
            case RUNNING -> sheet.current().ifPresent(item -> add(
                    button("agenda.run.next", "run-next", true, () -> runOfShow.next(sheet.id(), item.id(), false)),
                    button("agenda.run.skip", "run-skip", false, () -> runOfShow.next(sheet.id(), item.id(), true)),
                    button("agenda.run.finish", "run-finish", false, () -> runOfShow.finish(sheet.id()))));
            case FINISHED -> {
            }
        }
    }

    private Button button(String key, String id, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
            } catch (AgendaRefused refused) {
                AgendaView.notify(this, refused.messageKey());
            }
        });
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
