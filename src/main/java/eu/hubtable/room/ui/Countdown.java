package eu.hubtable.room.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The facilitators' shared countdown. Every screen counts down in the browser to the same instant
 * the server stored, so it needs no traffic while it runs and stays in step for everyone.
 */
class Countdown extends Div {

    Countdown(Instant ends, @Nullable String label) {
        addClassName("countdown");
        setId("countdown");
        Span text = new Span(label == null ? getTranslation("room.countdown") : label);
        Span clock = new Span();
        clock.addClassName("countdown-clock");
        clock.getElement().setAttribute("data-ends", Long.toString(ends.toEpochMilli()));
        add(text, clock);
        clock.getElement().executeJs("""
                const el = this, ends = Number(el.dataset.ends);
                const tick = () => {
                  const left = Math.max(0, Math.round((ends - Date.now()) / 1000));
                  el.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
                  if (left === 0 || !el.isConnected) { clearInterval(el.timer); }
                };
                clearInterval(el.timer); el.timer = setInterval(tick, 1000); tick();""");
    }
}
