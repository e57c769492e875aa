package eu.hubtable.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.agenda.ActionRejected.Field;
import eu.hubtable.core.security.MemberPrincipal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ActionItemsTest extends AgendaTest {

    @Autowired
    private ApplicationEvents events;

    @Test
    void assigneesSeeTheirOpenActionsAndTickThemDone() {
        clock.pin(Instant.parse("2026-12-03T13:00:00Z"));
        MemberPrincipal lea = newMember("Léa Martin");
        long barriers = item("Export barriers", 25);
        long roadmap = agendas.addItem(agenda, "Roadmap", 30);
        long visas = actionItems.add(barriers, "Collect visa stories from members", lea.memberId(), LocalDate.of(2026, 12, 20));
        long draft = actionItems.add(roadmap, "Draft the roadmap chapter", lea.memberId(), LocalDate.of(2026, 12, 10));
        actionItems.add(roadmap, "Book the next venue", manon.memberId(), null);

        signIn(lea);
        assertThat(actionItems.mine()).extracting(MyAction::text)
                .containsExactly("Draft the roadmap chapter", "Collect visa stories from members");
        assertThat(actionItems.mine().getFirst().sessionTitle()).isEqualTo("Internationalisation WG #4");
        actionItems.setDone(draft, true);
        assertThat(actionItems.mine()).extracting(MyAction::id).containsExactly(visas);
        assertThat(events.stream(ActionItemDone.class)).extracting(ActionItemDone::actionId, ActionItemDone::assigneeId, ActionItemDone::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(draft, lea.memberId(), LocalDate.of(2026, 12, 10)));
        assertThat(agendas.sheet(agenda).actionsOf(roadmap)).extracting(AgendaSheet.Action::done).containsExactly(true, false);

        MemberPrincipal other = newMember("Someone Else");
        signIn(other);
        assertThatThrownBy(() -> actionItems.setDone(visas, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actionItems.add(barriers, "Mine", null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBadActionItemIsRefusedFieldByField() {
        clock.pin(Instant.parse("2026-12-03T13:00:00Z"));
        long barriers = item("Export barriers", 25);
        assertThatThrownBy(() -> actionItems.add(barriers, " ", 999_999L, LocalDate.of(2026, 12, 2)))
                .isInstanceOfSatisfying(ActionRejected.class, rejected -> assertThat(rejected.problems()).isEqualTo(Map.of(
                        Field.TEXT, "action.text.required", Field.ASSIGNEE, "action.assignee.unknown", Field.DUE, "action.due.past")));
        assertThat(agendas.sheet(agenda).actions()).isEmpty();
    }

    @Test
    void theSynthesisExportsAsMarkdownWithMembersTextEscaped() {
        clock.pin(Instant.parse("2026-12-03T13:00:00Z"));
        long barriers = item("Export barriers | <b>Asia</b>", 25);
        agendas.edit(barriers, ItemField.OUTCOME, null, "# Visas are the first barrier\n[click](http://evil.example)");
        actionItems.add(barriers, "Collect visa stories", chloe.memberId(), LocalDate.of(2026, 12, 20));
        runOfShow.start(agenda);
        clock.advance(java.time.Duration.ofMinutes(30));
        runOfShow.next(agenda, barriers, false);

        String markdown = export.markdown(agenda, Locale.ENGLISH);
        assertThat(markdown).startsWith("# Internationalisation WG \\#4\n");
        assertThat(markdown).contains("| Export barriers \\| \\<b\\>Asia\\</b\\> |  | 25 | 30:00 | Done |")
                .contains("\\# Visas are the first barrier  \n\\[click\\]\\(http://evil\\.example\\)")
                .contains("- [ ] Collect visa stories — Chloé Partner — due 2026-12-20");
        assertThat(export.markdown(agenda, Locale.FRENCH)).contains("| 25 | 30:00 | Terminé |");
    }
}
