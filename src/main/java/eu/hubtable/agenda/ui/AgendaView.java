package eu.hubtable.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.hubtable.agenda.ActionItems;
import eu.hubtable.agenda.AgendaExport;
import eu.hubtable.agenda.AgendaRefused;
import eu.hubtable.agenda.AgendaSheet;
import eu.hubtable.agenda.AgendaTemplates;
import eu.hubtable.agenda.AgendaWatch;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.agenda.ItemStatus;
import eu.hubtable.agenda.RunOfShow;
import eu.hubtable.core.live.LiveForms;
import eu.hubtable.core.live.LivePresence;
import eu.hubtable.core.live.LiveSignals;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.member.MemberDirectory;
import eu.hubtable.member.Profiles;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A session's agenda, live for everyone in it. Facilitators and the members they trust edit items
 * together (each field shows who is typing), add, reorder (drag and drop, or Alt+arrow keys) and
 * remove them, run the session with a shared countdown and capture outcomes and action items.
 * Everyone else follows the same agenda read-only as it changes.
 */
@Route("agendas")
@PermitAll
public class AgendaView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Agendas agendas;
    private final RunOfShow runOfShow;
    private final ActionItems actionItems;
    private final AgendaTemplates templates;
    private final AgendaExport export;
    private final LiveSignals signals;
    private final LiveForms liveForms;
    private final LivePresence presence;
    private final MemberDirectory directory;
    private final MemberPrincipal me;
    private final MemberNames names;
    private final H1 title = new H1();
    private final Paragraph schedule = new Paragraph();
    private final Grid<AgendaSheet.Item> grid = new Grid<>();
    private final List<AgendaSheet.Item> rows = new ArrayList<>();
    private final Div itemPanel = new Div();
    private @Nullable AgendaWatch watch;
    private @Nullable RunOfShowBar runBar;
    private @Nullable Long selectedId;
    private @Nullable ItemEditor editor;
    private @Nullable ItemActions actions;
    private AgendaSheet.@Nullable Item dragged;

    public AgendaView(Agendas agendas, RunOfShow runOfShow, ActionItems actionItems, AgendaTemplates templates,
            AgendaExport export, LiveSignals signals, LiveForms liveForms, LivePresence presence, MemberDirectory directory,
            Profiles profiles, CurrentMember currentMember) {
        this.agendas = agendas;
        this.runOfShow = runOfShow;
        this.actionItems = actionItems;
        this.templates = templates;
        this.export = export;
        this.signals = signals;
        this.liveForms = liveForms;
        this.presence = presence;
        this.directory = directory;
        this.me = currentMember.require();
        this.names = new MemberNames(directory, profiles, getTranslation("member.former"));
        addClassNames("page", "agenda");
        itemPanel.addClassName("item-panel");
        itemPanel.setId("item-panel");
    }

    @Override
    public void setParameter(BeforeEvent event, Long agendaId) {
        try {
            watch = agendas.watch(agendaId);
        } catch (AgendaRefused notVisible) {
            throw new NotFoundException();
        }
        AgendaWatch agenda = watch;
        AgendaSheet sheet = agenda.current();
        removeAll();
        title.setId("agenda-title");
        runBar = new RunOfShowBar(runOfShow, agenda.rights().facilitate());
        Div people = new Div(presence.avatars(TopicIds.agenda(agendaId), me));
        people.setId("agenda-presence");
        add(title, schedule, links(sheet), people, runBar);
        buildGrid(agenda.rights().edit());
        Div body = new Div(grid, itemPanel);
        body.addClassName("agenda-body");
        add(body);
        if (agenda.rights().edit()) {
            add(newItemForm(agendaId), templateForm(agendaId));
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("agenda.read-only"));
            readOnly.addClassName("muted");
            add(readOnly);
        }
        if (agenda.rights().facilitate()) {
            add(new AgendaEditors(agendas, directory, agendaId));
        }
        show(sheet);
        itemPanel.add(new Paragraph(getTranslation("agenda.select")));
        signals.listen(this, TopicIds.agenda(agendaId), () -> show(agenda.current()));
    }

    @Override
    public String getPageTitle() {
        return watch == null ? getTranslation("agenda.heading") : getTranslation("agenda.page-title", watch.current().sessionTitle());
    }

    private Div links(AgendaSheet sheet) {
        Anchor room = sheet.roomId() != null ? new Anchor("rooms/" + sheet.roomId(), getTranslation("agenda.back-to-room"))
                : new Anchor("events/" + sheet.eventId(), getTranslation("agenda.back-to-event"));
        Anchor markdown = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = export.markdown(sheet.id(), getLocale()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "agenda-" + sheet.id() + ".md", "text/markdown",
                    bytes.length);
        }), getTranslation("agenda.export.markdown"));
        markdown.setId("agenda-markdown");
        Anchor print = new Anchor("agendas/" + sheet.id() + "/print", getTranslation("agenda.print"));
        print.setTarget(AnchorTarget.BLANK);
        print.setId("agenda-print");
        Div links = new Div(room, markdown, print);
        links.addClassName("link-row");
        return links;
    }

    private void buildGrid(boolean editing) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.setId("agenda-items");
        grid.addClassName("agenda-items");
        grid.setAllRowsVisible(true);
        grid.addColumn(item -> ZonedDateTime.ofInstant(item.plannedStart(), zone()).format(time))
                .setHeader(getTranslation("agenda.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgendaSheet.Item::title).setHeader(getTranslation("agenda.column.item")).setWidth("16em").setFlexGrow(3);
        grid.addColumn(item -> item.ownerId() == null ? "" : item.ownerName() == null ? getTranslation("member.former")
                : item.ownerName()).setHeader(getTranslation("agenda.column.owner")).setFlexGrow(1);
        grid.addColumn(AgendaSheet.Item::plannedMinutes).setHeader(getTranslation("agenda.column.planned")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AgendaView::actual).setHeader(getTranslation("agenda.column.actual")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation("agenda.status." + item.status().name()))
                .setHeader(getTranslation("agenda.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(item -> item.status() == ItemStatus.RUNNING ? "running" : item.overran() ? "overrun" : null);
        grid.setItems(new ListDataProvider<>(rows) {
            @Override
            public Object getId(AgendaSheet.Item item) {
                return item.id();
            }
        });
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().equals(change.getOldValue())
                    && (selectedId == null || selectedId != change.getValue().id())) {
                select(change.getValue());
            }
        });
        if (editing) {
            grid.setRowsDraggable(true);
            grid.setDropMode(GridDropMode.BETWEEN);
            grid.addDragStartListener(start -> dragged = start.getDraggedItems().getFirst());
            grid.addDragEndListener(end -> dragged = null);
            grid.addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> {
                AgendaSheet.Item moving = dragged;
                if (moving == null || moving.id() == target.id()) {
                    return;
                }
                int to = target.position() + (drop.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                act(() -> agendas.move(moving.id(), moving.position() < to ? to - 1 : to));
            }));
        }
    }

    private static String actual(AgendaSheet.Item item) {
        Integer seconds = item.actualSeconds();
        if (seconds == null) {
            return "";
        }
        String took = "%d:%02d".formatted(seconds / 60, seconds % 60);
        int over = seconds - item.plannedMinutes() * 60;
        return over > 0 ? took + " (+%d:%02d)".formatted(over / 60, over % 60) : took;
    }

    /** Redraws from the shared sheet: called when the page opens and whenever anyone changes the agenda. */
    private void show(AgendaSheet sheet) {
        title.setText(sheet.sessionTitle());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        String when = ZonedDateTime.ofInstant(sheet.plannedStart(), zone()).format(format) + " – "
                + ZonedDateTime.ofInstant(sheet.plannedEnd(), zone()).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(getLocale())) + " (" + zone().getId() + ") · " + getTranslation("agenda.total.planned", sheet.plannedMinutes());
        schedule.setText(when);
        schedule.setId("agenda-schedule");
        sheet.items().forEach(item -> names.know(item.ownerId(), item.ownerName()));
        rows.clear();
        rows.addAll(sheet.items());
        grid.getDataProvider().refreshAll();
        if (runBar != null) {
            runBar.show(sheet);
        }
        if (selectedId != null) {
            Optional<AgendaSheet.Item> selected = sheet.item(selectedId);
            if (selected.isEmpty()) {
                itemGone();
            } else {
                grid.select(selected.get());
                if (actions != null) {
                    actions.show(sheet);
                }
                if (editor == null) {
                    showReadOnly(selected.get());
                }
            }
        }
    }

    private void select(AgendaSheet.Item item) {
        AgendaWatch agenda = watch;
        if (agenda == null) {
            return;
        }
        selectedId = item.id();
        itemPanel.removeAll();
        editor = null;
        boolean editing = agenda.rights().edit();
        if (editing) {
            editor = new ItemEditor(agendas, liveForms, names, me, agenda.agendaId(), item, this::itemGone);
            itemPanel.add(editor, itemButtons(item.id()));
        } else {
            itemPanel.add(new Div());
            showReadOnly(item);
        }
        actions = new ItemActions(actionItems, names, me, editing, item.id());
        itemPanel.add(actions);
        actions.show(agenda.current());
    }

    private void showReadOnly(AgendaSheet.Item item) {
        Div details = new Div(new H2(item.title()));
        details.setId("item-details");
        details.addClassName("item-details");
        if (item.ownerId() != null) {
            details.add(new Paragraph(getTranslation("agenda.item.owner") + ": " + names.nameOf(item.ownerId())));
        }
        for (var text : new String[][] {{"agenda.item.notes", item.notes()}, {"agenda.item.outcome", item.outcome()}}) {
            if (text[1] != null) {
                Paragraph body = new Paragraph(text[1]);
                body.addClassName("preserve-lines");
                details.add(new Span(getTranslation(text[0])), body);
            }
        }
        itemPanel.replace(itemPanel.getComponentAt(0), details);
    }

    /** The item disappeared under the member (someone removed it): say so and keep what they typed. */
    private void itemGone() {
        String typed = editor == null ? "" : editor.typed();
        selectedId = null;
        editor = null;
        actions = null;
        itemPanel.removeAll();
        Paragraph notice = new Paragraph(getTranslation("agenda.gone.kept"));
        notice.setId("item-gone");
        notice.addClassName("notice");
        itemPanel.add(notice);
        if (!typed.isBlank()) {
            Paragraph kept = new Paragraph(typed);
            kept.addClassNames("quote", "preserve-lines");
            kept.setId("item-gone-text");
            itemPanel.add(kept);
        }
    }

    private Div itemButtons(long itemId) {
        Button up = new Button(getTranslation("agenda.move.up"), click -> moveBy(itemId, -1));
        up.setId("move-up");
        up.addClickShortcut(Key.ARROW_UP, KeyModifier.ALT);
        Button down = new Button(getTranslation("agenda.move.down"), click -> moveBy(itemId, 1));
        down.setId("move-down");
        down.addClickShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        Button remove = new Button(getTranslation("agenda.remove"), click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("agenda.remove"));
            confirm.setText(watch == null ? "" : watch.current().item(itemId).map(AgendaSheet.Item::title).orElse(""));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("dialog.cancel"));
            confirm.setConfirmText(getTranslation("agenda.remove"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(yes -> act(() -> agendas.remove(itemId)));
            confirm.open();
        });
        remove.setId("remove-item");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(up, down, remove);
        buttons.addClassName("button-row");
        return buttons;
    }

    private void moveBy(long itemId, int step) {
        if (watch != null) {
            watch.current().item(itemId).ifPresent(item -> act(() -> agendas.move(itemId, item.position() + step)));
        }
    }

    private Div newItemForm(long agendaId) {
        TextField itemTitle = new TextField(getTranslation("agenda.add.title"));
        itemTitle.setId("new-item-title");
        itemTitle.setMaxLength(Agendas.MAX_TITLE);
        IntegerField minutes = new IntegerField(getTranslation("agenda.add.minutes"));
        minutes.setId("new-item-minutes");
        minutes.setValue(10);
        minutes.setMin(1);
        minutes.setMax(Agendas.MAX_MINUTES);
        Button add = new Button(getTranslation("agenda.add"), click -> {
            itemTitle.setInvalid(false);
            minutes.setInvalid(false);
            try {
                agendas.addItem(agendaId, itemTitle.getValue(), minutes.getValue() == null ? 0 : minutes.getValue());
                show(agendas.sheet(agendaId));
                itemTitle.clear();
                itemTitle.focus();
            } catch (AgendaRefused refused) {
                if (refused.messageKey().startsWith("agenda.item.minutes")) {
                    minutes.setErrorMessage(getTranslation(refused.messageKey()));
                    minutes.setInvalid(true);
                } else {
                    itemTitle.setErrorMessage(getTranslation(refused.messageKey()));
                    itemTitle.setInvalid(true);
                }
            }
        });
        add.setId("add-item");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(itemTitle, minutes);
        Div form = new Div(itemTitle, minutes, add);
        form.addClassName("inline-form");
        return form;
    }

    private Div templateForm(long agendaId) {
        TextField name = new TextField(getTranslation("agenda.template.name"));
        name.setId("template-name");
        Button save = new Button(getTranslation("agenda.template.save"), click -> {
            try {
                templates.save(agendaId, name.getValue());
                name.setInvalid(false);
                name.clear();
                Notification.show(getTranslation("agenda.template.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (AgendaRefused refused) {
                name.setErrorMessage(getTranslation(refused.messageKey()));
                name.setInvalid(true);
            }
        });
        save.setId("save-template");
        Div form = new Div(name, save);
        form.addClassName("inline-form");
        return form;
    }

    /** Runs a change and redraws at once: the person who acted should not wait for the live signal. */
    private void act(Runnable action) {
        try {
            action.run();
            if (watch != null) {
                show(watch.current());
            }
        } catch (AgendaRefused refused) {
            notify(this, refused.messageKey());
        }
    }

    static void notify(Component source, String messageKey) {
        Notification.show(source.getTranslation(messageKey), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private java.time.ZoneId zone() {
        return watch == null ? java.time.ZoneOffset.UTC : watch.current().zone();
    }
}
