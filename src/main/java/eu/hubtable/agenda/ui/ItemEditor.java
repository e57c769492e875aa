package eu.hubtable.agenda.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.hubtable.agenda.AgendaSheet;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.agenda.FieldSave;
import eu.hubtable.agenda.ItemDraft;
import eu.hubtable.agenda.ItemField;
import eu.hubtable.core.live.LiveForms;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.MemberPrincipal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One agenda item as its editors see it: a live form where values appear as others type and each
 * field shows who is editing it. Every change a person makes is saved through the service against
 * the value their screen showed; if someone saved first, the field shows the stored value and the
 * person's own text stays next to it, ready to be used again.
 */
class ItemEditor extends Div {

    private final Agendas agendas;
    private final long itemId;
    private final Runnable onGone;
    private final Map<ItemField, @Nullable Object> seen = new EnumMap<>(ItemField.class);
    private final Map<ItemField, Div> conflicts = new EnumMap<>(ItemField.class);
    final TextField title = new TextField();
    final IntegerField minutes = new IntegerField();
    final ComboBox<Long> owner;
    final TextArea notes = new TextArea();
    final TextArea outcome = new TextArea();

    ItemEditor(Agendas agendas, LiveForms liveForms, MemberNames names, MemberPrincipal me, long agendaId,
            AgendaSheet.Item item, Runnable onGone) {
        this.agendas = agendas;
        this.itemId = item.id();
        this.onGone = onGone;
        addClassName("item-editor");
        setId("item-editor");
        title.setLabel(getTranslation("agenda.item.title"));
        title.setId("item-title");
        title.setMaxLength(Agendas.MAX_TITLE);
        minutes.setLabel(getTranslation("agenda.item.minutes"));
        minutes.setId("item-minutes");
        minutes.setMin(1);
        minutes.setMax(Agendas.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        owner = names.picker(getTranslation("agenda.item.owner"));
        owner.setId("item-owner");
        notes.setLabel(getTranslation("agenda.item.notes"));
        notes.setId("item-notes");
        outcome.setLabel(getTranslation("agenda.item.outcome"));
        outcome.setId("item-outcome");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        notes.setValueChangeMode(ValueChangeMode.LAZY);
        outcome.setValueChangeMode(ValueChangeMode.LAZY);
        names.know(item.ownerId(), item.ownerName());
        ItemDraft stored = ItemDraft.of(item);
        seen.put(ItemField.TITLE, stored.getTitle());
        seen.put(ItemField.PLANNED_MINUTES, stored.getPlannedMinutes());
        seen.put(ItemField.OWNER, stored.getOwnerId());
        seen.put(ItemField.NOTES, stored.getNotes());
        seen.put(ItemField.OUTCOME, stored.getOutcome());

        LiveForms.LiveForm<ItemDraft> form = liveForms.form(ItemDraft.class, me);
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.add(live(form, title, ItemField.TITLE), 2);
        layout.add(live(form, minutes, ItemField.PLANNED_MINUTES), live(form, owner, ItemField.OWNER));
        layout.add(live(form, notes, ItemField.NOTES), 2);
        layout.add(live(form, outcome, ItemField.OUTCOME), 2);
        add(layout);
        form.open(TopicIds.agendaItem(agendaId, item.id()), () -> stored);
    }

    private <V> Div live(LiveForms.LiveForm<ItemDraft> form, AbstractField<?, V> field, ItemField which) {
        form.bind(field, which.property());
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save(field, which, change.getValue());
            } else {
                seen.put(which, change.getValue());
            }
        });
        Div conflict = new Div();
        conflict.addClassName("field-conflict");
        conflict.setId("conflict-" + which.property());
        conflict.setVisible(false);
        conflicts.put(which, conflict);
        Div wrapper = new Div(field, conflict);
        wrapper.addClassName("live-field");
        return wrapper;
    }

    private <V> void save(AbstractField<?, V> field, ItemField which, @Nullable V value) {
        FieldSave result = agendas.edit(itemId, which, blankToNull(seen.get(which)), blankToNull(value));
        HasValidation validation = (HasValidation) field;
        switch (result) {
            case FieldSave.Saved saved -> {
                seen.put(which, value);
                validation.setInvalid(false);
                conflicts.get(which).setVisible(false);
            }
            case FieldSave.Rejected rejected -> {
                validation.setErrorMessage(getTranslation(rejected.messageKey()));
                validation.setInvalid(true);
            }
            case FieldSave.Conflict conflict -> showConflict(field, which, value, conflict);
            case FieldSave.Gone gone -> onGone.run();
        }
    }

    @SuppressWarnings("unchecked")
    private <V> void showConflict(AbstractField<?, V> field, ItemField which, @Nullable V mine, FieldSave.Conflict conflict) {
        field.setValue((V) shown(which, conflict.current()));
        Div box = conflicts.get(which);
        box.removeAll();
        String who = conflict.changedBy() == null ? getTranslation("agenda.conflict.someone") : conflict.changedBy();
        Paragraph yours = new Paragraph(mine == null ? "" : field == owner ? owner.getItemLabelGenerator().apply((Long) mine)
                : mine.toString());
        yours.addClassNames("quote", "preserve-lines");
        yours.setId("conflict-mine-" + which.property());
        Button useMine = new Button(getTranslation("agenda.conflict.use-mine"), click -> {
            if (!Objects.equals(field.getValue(), mine)) {
                FieldSave again = agendas.edit(itemId, which, blankToNull(field.getValue()), blankToNull(mine));
                if (again instanceof FieldSave.Saved) {
                    field.setValue(mine);
                    box.setVisible(false);
                } else if (again instanceof FieldSave.Conflict newer) {
                    showConflict(field, which, mine, newer);
                } else if (again instanceof FieldSave.Gone) {
                    onGone.run();
                }
            }
        });
        useMine.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button keepTheirs = new Button(getTranslation("agenda.conflict.dismiss"), click -> box.setVisible(false));
        keepTheirs.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        box.add(new Paragraph(getTranslation("agenda.conflict", who)), yours, new Div(useMine, keepTheirs));
        box.setVisible(true);
    }

    /** What the field shows for a stored value (text fields show "" for nothing). */
    private static @Nullable Object shown(ItemField which, @Nullable Object stored) {
        return stored == null && (which == ItemField.NOTES || which == ItemField.OUTCOME) ? "" : stored;
    }

    private static @Nullable Object blankToNull(@Nullable Object value) {
        return value instanceof String text && text.isEmpty() ? null : value;
    }

    /** What the person typed in every field, to keep when the item disappears under them. */
    String typed() {
        StringBuilder text = new StringBuilder(title.getValue());
        for (String part : new String[] {notes.getValue(), outcome.getValue()}) {
            if (!part.isBlank()) {
                text.append("\n\n").append(part);
            }
        }
        return text.toString();
    }
}
