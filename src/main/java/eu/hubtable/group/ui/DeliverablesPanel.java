package eu.hubtable.group.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.hubtable.core.csv.CsvTable;
import eu.hubtable.core.ui.component.CsvDownload;
import eu.hubtable.group.Deliverable;
import eu.hubtable.group.Deliverables;
import eu.hubtable.group.GroupPage;
import eu.hubtable.group.GroupRefused;
import eu.hubtable.group.GroupRejected;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

/**
 * A group's deliverables: status moved forward by co-leads and owners, a link or a document, the form to
 * add one, and the list as a CSV file.
 */
class DeliverablesPanel extends Div {

    private final Deliverables deliverables;
    private final GroupPage group;
    private final long me;
    private final Runnable changed;

    DeliverablesPanel(Deliverables deliverables, GroupPage group, long me, LocalDate today, Runnable changed) {
        this.deliverables = deliverables;
        this.group = group;
        this.me = me;
        this.changed = changed;
        setId("group-deliverables");
        addClassName("card");
        add(new H2(getTranslation("group.deliverables.title")));
        var all = deliverables.of(group.id());
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("group.deliverables.empty")));
        }
        all.forEach(deliverable -> add(row(deliverable)));
        if (!all.isEmpty()) {
            add(new CsvDownload("deliverables-csv", CsvFiles.name("group-deliverables", group.id(), today),
                    getTranslation("group.deliverables.csv"), csv().write(all)));
        }
        if (group.leading()) {
            add(form());
        }
    }

    private Div row(Deliverable deliverable) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Span status = new Span(getTranslation("group.deliverable.status." + deliverable.status().name()));
        status.addClassName("badge");
        status.setId("deliverable-status-" + deliverable.id());
        Div row = new Div(new Span(deliverable.title()), status);
        row.setId("deliverable-" + deliverable.id());
        row.addClassName("control-row");
        if (deliverable.ownerName() != null) {
            row.add(new Span(deliverable.ownerName()));
        }
        if (deliverable.dueOn() != null) {
            row.add(new Span(getTranslation("group.actions.due", date.format(deliverable.dueOn()))));
        }
        if (deliverable.link() != null) {
            Anchor link = new Anchor(deliverable.link(), getTranslation("group.deliverable.link"), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            row.add(link);
        }
        if (deliverable.fileName() != null) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> deliverables.file(deliverable.id())
                    .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), file.mediaType(),
                            file.content().length))
                    .orElseGet(() -> DownloadResponse.error(404))), getTranslation("group.deliverable.download", deliverable.fileName()));
            download.setId("deliverable-download-" + deliverable.id());
            row.add(download);
        }
        boolean mayMove = group.leading() || Objects.equals(deliverable.ownerId(), me);
        if (mayMove && deliverable.status().next() != null) {
            Button advance = new Button(getTranslation("group.deliverable.advance",
                    getTranslation("group.deliverable.status." + deliverable.status().next().name())), click -> {
                refusable(() -> deliverables.advance(deliverable.id(), deliverable.version()));
                changed.run();
            });
            advance.setId("deliverable-advance-" + deliverable.id());
            row.add(advance);
        }
        if (mayMove) {
            row.add(upload(deliverable));
        }
        return row;
    }

    private CsvTable<Deliverable> csv() {
        return new CsvTable<Deliverable>()
                .column(getTranslation("group.deliverable.title"), Deliverable::title)
                .column(getTranslation("group.csv.status"), d -> getTranslation("group.deliverable.status." + d.status().name()))
                .column(getTranslation("group.deliverable.owner"), Deliverable::ownerName)
                .column(getTranslation("group.deliverable.due"), d -> d.dueOn() == null ? null : d.dueOn().toString())
                .column(getTranslation("group.deliverable.link"), Deliverable::link)
                .column(getTranslation("group.deliverable.file"), Deliverable::fileName);
    }

    private Upload upload(Deliverable deliverable) {
        Upload upload = new Upload();
        upload.setId("deliverable-upload-" + deliverable.id());
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        UploadHandler handler = event -> {
            byte[] bytes = readAtMost(event.getInputStream(), Deliverables.MAX_FILE_BYTES + 1);
            String name = event.getFileName();
            event.getUI().access(() -> {
                upload.clearFileList();
                refusable(() -> deliverables.attach(deliverable.id(), name, bytes));
                changed.run();
            });
        };
        upload.setUploadHandler(handler);
        return upload;
    }

    private Div form() {
        TextField title = new TextField(getTranslation("group.deliverable.title"));
        title.setId("deliverable-title");
        Select<GroupPage.Person> owner = new Select<>();
        owner.setLabel(getTranslation("group.deliverable.owner"));
        owner.setItems(group.members());
        owner.setEmptySelectionAllowed(true);
        owner.setItemLabelGenerator(person -> person == null ? "" : person.displayName());
        owner.setId("deliverable-owner");
        DatePicker due = new DatePicker(getTranslation("group.deliverable.due"));
        due.setId("deliverable-due");
        TextField link = new TextField(getTranslation("group.deliverable.link"));
        link.setId("deliverable-link");
        Button add = new Button(getTranslation("group.deliverable.add"), click -> {
            title.setInvalid(false);
            link.setInvalid(false);
            try {
                deliverables.add(group.id(), title.getValue(), owner.getValue() == null ? null : owner.getValue().memberId(),
                        due.getValue(), link.getValue());
                changed.run();
            } catch (GroupRejected rejected) {
                rejected.problems().forEach((field, key) -> {
                    TextField target = field == GroupRejected.Field.LINK ? link : title;
                    target.setErrorMessage(getTranslation(key));
                    target.setInvalid(true);
                });
            }
        });
        add.setId("add-deliverable");
        Div form = new Div(title, owner, due, link, add);
        form.addClassName("control-row");
        Span help = new Span(getTranslation("group.deliverable.file.help"));
        help.addClassName("muted");
        return new Div(form, help);
    }

    private void refusable(Runnable work) {
        try {
            work.run();
        } catch (GroupRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
