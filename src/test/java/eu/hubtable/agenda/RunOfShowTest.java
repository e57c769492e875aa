package eu.hubtable.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunOfShowTest extends AgendaTest {

    private static final Instant TWO_PM = Instant.parse("2026-12-03T13:00:00Z");

    @Test
    void theSessionRunsItemByItemAndRecordsTheActualMinutes() {
        long welcome = item("Welcome", 10);
        long barriers = item("Export barriers", 25);
        long wrapUp = item("Wrap-up", 5);
        clock.pin(TWO_PM);
        runOfShow.start(agenda);
        AgendaSheet running = agendas.sheet(agenda);
        assertThat(running.state()).isEqualTo(AgendaState.RUNNING);
        assertThat(running.currentItemId()).isEqualTo(welcome);
        assertThat(running.currentItemEnds()).contains(TWO_PM.plus(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> runOfShow.start(agenda)).hasMessage("agenda.run.already-started");
        assertThatThrownBy(() -> agendas.remove(welcome)).hasMessage("agenda.item.running");

        clock.advance(Duration.ofMinutes(12).plusSeconds(30));
        runOfShow.next(agenda, welcome, false);
        signIn(chloe);
        runOfShow.next(agenda, welcome, false); // Chloé pressed "next" at the same moment: nothing more happens
        AgendaSheet second = agendas.sheet(agenda);
        assertThat(second.currentItemId()).isEqualTo(barriers);
        assertThat(second.currentItemEnds()).contains(TWO_PM.plus(Duration.ofSeconds(12 * 60 + 30 + 25 * 60)));
        assertThat(second.item(welcome).orElseThrow().actualSeconds()).isEqualTo(750);
        assertThat(second.item(welcome).orElseThrow().overran()).isTrue();

        clock.advance(Duration.ofMinutes(20));
        runOfShow.next(agenda, barriers, false);
        clock.advance(Duration.ofMinutes(1));
        runOfShow.next(agenda, wrapUp, true);

        AgendaSheet after = agendas.sheet(agenda);
        assertThat(after.state()).isEqualTo(AgendaState.FINISHED);
        assertThat(after.current()).isEmpty();
        assertThat(after.items()).extracting(AgendaSheet.Item::status)
                .containsExactly(ItemStatus.DONE, ItemStatus.DONE, ItemStatus.SKIPPED);
        assertThat(after.items()).extracting(AgendaSheet.Item::actualSeconds).containsExactly(750, 1200, 60);
        assertThat(after.plannedMinutes()).isEqualTo(40);
        assertThat(after.actualSeconds()).isEqualTo(2010);
        assertThat(after.item(barriers).orElseThrow().overran()).isFalse();
    }

    @Test
    void finishingEarlyLeavesTheItemsNotReachedPlanned() {
        long welcome = item("Welcome", 10);
        item("Export barriers", 25);
        clock.pin(TWO_PM);
        runOfShow.start(agenda);
        clock.advance(Duration.ofMinutes(3));
        runOfShow.finish(agenda);
        AgendaSheet after = agendas.sheet(agenda);
        assertThat(after.state()).isEqualTo(AgendaState.FINISHED);
        assertThat(after.items()).extracting(AgendaSheet.Item::status).containsExactly(ItemStatus.DONE, ItemStatus.PLANNED);
        assertThat(after.item(welcome).orElseThrow().actualSeconds()).isEqualTo(180);
    }

    @Test
    void anEmptyAgendaCannotStart() {
        assertThatThrownBy(() -> runOfShow.start(agenda)).hasMessage("agenda.run.empty");
        assertThat(agendas.sheet(agenda).state()).isEqualTo(AgendaState.PLANNED);
    }
}
