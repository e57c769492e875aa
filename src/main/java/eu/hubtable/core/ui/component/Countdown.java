package eu.hubtable.core.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * A shared countdown. Every screen counts in the browser towards the same instant the server
 * stored, so it needs no traffic while it runs and stays in step for everyone. With overrun shown,
 * it keeps counting past zero as "+m:ss" and marks itself {@code overrun}, so a facilitator sees an
 * item running late at a glance.
 */
public class Countdown extends Div {

    public Countdown(Instant ends, String label, boolean showOverrun) {
        addClassName("countdown");
        Span text = new Span(label);
        Span clock = new Span();
        clock.addClassName("countdown-clock");
        clock.getElement().setAttribute("data-ends", Long.toString(ends.toEpochMilli()));
        clock.getElement().setAttribute("data-overrun", Boolean.toString(showOverrun));
        add(text, clock);
        clock.getElement().executeJs("""
                const el = this, ends = Number(el.dataset.ends), overrun = el.dataset.overrun === 'true';
                const show = seconds => Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
                const tick = () => {
                  const left = Math.round((ends - Date.now()) / 1000);
                  const late = left < 0 && overrun;
                  el.textContent = late ? '+' + show(-left) : show(Math.max(0, left));
                  el.parentElement && el.parentElement.classList.toggle('overrun', late);
                  if ((left <= 0 && !overrun) || !el.isConnected) { clearInterval(el.timer); }
                };
                clearInterval(el.timer); el.timer = setInterval(tick, 1000); tick();""");
    }
}
