package eu.hubtable.room.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.dialog.Dialog;
import eu.hubtable.room.TableState;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** One round table: topic, who sits there, seats left; join/leave, and for facilitators lock and move. */
class TableCard extends Div {

    record Actions(Consumer<Long> sit, Runnable leave, BiConsumer<Long, Boolean> lock, BiConsumer<Long, Long> move) {
    }

    TableCard(TableState table, long me, boolean open, boolean facilitating, List<TableState> allTables, Actions actions) {
        addClassName("round-table");
        getElement().setAttribute("data-table", Long.toString(table.id()));
        H3 name = new H3(table.name());
        add(name);
        if (table.topic() != null) {
            add(new Paragraph(table.topic()));
        }
        Span left = new Span(table.locked() ? getTranslation("room.table.locked-badge")
                : getTranslation("room.table.seats-left", table.seatsLeft(), table.seats()));
        left.addClassNames("badge", "seats-left");
        add(left);
        Div people = new Div();
        people.addClassName("seated");
        table.seated().forEach(person -> {
            if (facilitating && open) {
                // facilitators click a person to seat them elsewhere
                Button badge = new Button(person.displayName(), click -> openMoveDialog(person, table, allTables, actions));
                badge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                badge.addClassName("person");
                people.add(badge);
            } else {
                Span badge = new Span(person.displayName());
                badge.addClassName("person");
                people.add(badge);
            }
        });
        add(people);
        if (table.videoUrl() != null && table.seats(me)) {
            Anchor video = new Anchor(table.videoUrl(), getTranslation("room.table.video"));
            video.setTarget("_blank");
            video.getElement().setAttribute("rel", "noopener noreferrer");
            video.addClassName("video-link");
            add(new Div(video));
        }
        if (open) {
            if (table.seats(me)) {
                add(button("room.table.leave", "leave-table", ButtonVariant.LUMO_TERTIARY, actions.leave()));
            } else {
                Button join = button("room.table.join", "join-table", ButtonVariant.LUMO_PRIMARY, () -> actions.sit().accept(table.id()));
                join.setEnabled(table.seatsLeft() > 0 && !table.locked());
                add(join);
            }
            if (facilitating) {
                add(button(table.locked() ? "room.table.unlock" : "room.table.lock", "lock-table", ButtonVariant.LUMO_TERTIARY,
                        () -> actions.lock().accept(table.id(), !table.locked())));
            }
        }
    }

    private void openMoveDialog(TableState.Seated person, TableState from, List<TableState> allTables, Actions actions) {
        Dialog dialog = new Dialog(getTranslation("room.table.move", person.displayName()));
        dialog.addClassName("move-dialog");
        allTables.stream().filter(t -> t.id() != from.id()).forEach(target -> {
            Button to = new Button(target.name() + " · " + getTranslation("room.table.seats-left", target.seatsLeft(), target.seats()),
                    click -> {
                        dialog.close();
                        actions.move().accept(person.memberId(), target.id());
                    });
            to.setEnabled(target.seatsLeft() > 0);
            to.addClassName("move-to");
            to.setWidthFull();
            dialog.add(to);
        });
        dialog.open();
    }

    private Button button(String key, String className, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(variant);
        button.addClassName(className);
        return button;
    }
}
