package eu.hubtable.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.agenda.ActionItems;
import eu.hubtable.agenda.ActionRejected;
import eu.hubtable.agenda.AgendaSheet;
import eu.hubtable.core.security.MemberPrincipal;
import java.util.Objects;

/**
 * The action items of one agenda item: ticked by their assignee (or an editor), captured by editors.
 * A refused action keeps what was typed, with the reason next to each field.
 */
class ItemActions extends Div {

    private final ActionItems actionItems;
    private final MemberNames names;
    private final MemberPrincipal me;
    private final boolean editing;
    private final long itemId;
    private final Div list = new Div();

    ItemActions(ActionItems actionItems, MemberNames names, MemberPrincipal me, boolean editing, long itemId) {
        this.actionItems = actionItems;
        this.names = names;
        this.me = me;
        this.editing = editing;
        this.itemId = itemId;
        addClassName("item-actions");
        list.setId("action-list");
        add(new H3(getTranslation("agenda.actions")), list);
        if (editing) {
            add(newAction());
        }
    }

    void show(AgendaSheet sheet) {
        list.removeAll();
        for (AgendaSheet.Action action : sheet.actionsOf(itemId)) {
            names.know(action.assigneeId(), action.assigneeName());
            Checkbox done = new Checkbox(action.text(), action.done());
            done.setEnabled(editing || Objects.equals(action.assigneeId(), me.memberId()));
            done.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    actionItems.setDone(action.id(), change.getValue());
                }
            });
            Div row = new Div(done);
            row.addClassName("action-row");
            if (action.assigneeId() != null) {
                Span who = new Span(action.assigneeName() == null ? getTranslation("member.former") : action.assigneeName());
                who.addClassName("muted");
                row.add(who);
            }
            if (action.dueOn() != null) {
                Span due = new Span(getTranslation("action.due-on", action.dueOn().toString()));
                due.addClassName("muted");
                row.add(due);
            }
            if (editing) {
                Button remove = new Button(getTranslation("action.remove"), click -> actionItems.remove(action.id()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(remove);
            }
            list.add(row);
        }
    }

    private Div newAction() {
        TextField text = new TextField(getTranslation("action.text"));
        text.setId("action-text");
        text.setMaxLength(ActionItems.MAX_TEXT);
        ComboBox<Long> assignee = names.picker(getTranslation("action.assignee"));
        assignee.setId("action-assignee");
        DatePicker due = new DatePicker(getTranslation("action.due"));
        due.setId("action-due");
        due.setLocale(getLocale());
        Button add = new Button(getTranslation("action.add"), click -> {
            text.setInvalid(false);
            assignee.setInvalid(false);
            due.setInvalid(false);
            try {
                actionItems.add(itemId, text.getValue(), assignee.getValue(), due.getValue());
                text.clear();
                assignee.clear();
                due.clear();
            } catch (ActionRejected rejected) {
                rejected.problems().forEach((field, key) -> {
                    switch (field) {
                        case TEXT -> {
                            text.setErrorMessage(getTranslation(key));
                            text.setInvalid(true);
                        }
                        case ASSIGNEE -> {
                            assignee.setErrorMessage(getTranslation(key));
                            assignee.setInvalid(true);
                        }
                        case DUE -> {
                            due.setErrorMessage(getTranslation(key));
                            due.setInvalid(true);
                        }
                    }
                });
            }
        });
        add.setId("add-action");
        Div form = new Div(text, assignee, due, add);
        form.addClassName("inline-form");
        return form;
    }
}
