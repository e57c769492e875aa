package eu.hubtable.memberimport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.hubtable.memberimport.ImportPreview;
import eu.hubtable.memberimport.ImportRefused;
import eu.hubtable.memberimport.ImportResult;
import eu.hubtable.memberimport.ImportRow;
import eu.hubtable.memberimport.MemberImport;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** A hub manager brings members in from a spreadsheet: upload, check the preview, import. */
@Route("organisations/:organisationId/import")
@PermitAll
public class ImportMembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String TEMPLATE = "email,name,headline,city,country,languages,sectors,skills,role\n"
            + "lea.martin@example.org,Léa Martin,Sound designer,Brussels,BE,fr;en,MUSIC,sound design;foley,member\n";

    private final MemberImport memberImport;
    private final Div report = new Div();
    private final Span fileProblem = new Span();
    private long organisationId;
    private Upload upload = new Upload();
    private @Nullable ImportPreview preview;

    public ImportMembersView(MemberImport memberImport) {
        this.memberImport = memberImport;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        organisationId = event.getRouteParameters().getLong("organisationId").orElseThrow(NotFoundException::new);
        removeAll();
        Anchor template = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = ("\uFEFF" + TEMPLATE).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "hubtable-members-template.csv", "text/csv", bytes.length);
        }), getTranslation("import.template"));
        template.setId("import-template");
        UploadHandler handler = e -> {
            byte[] bytes = readAtMost(e.getInputStream(), 2 * 1024 * 1024 + 1);
            e.getUI().access(() -> previewOf(bytes));
        };
        upload = new Upload(handler);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        fileProblem.setId("import-problem");
        fileProblem.addClassName("field-error");
        report.setId("import-report");
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.explain")), new Div(template), upload,
                fileProblem, report);
    }

    private void previewOf(byte[] bytes) {
        upload.clearFileList(); // a corrected file can be dropped right away
        report.removeAll();
        fileProblem.setText("");
        try {
            preview = memberImport.preview(organisationId, bytes);
            showPreview(preview);
        } catch (ImportRefused refused) {
            preview = null;
            fileProblem.setText(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (AccessDeniedException denied) {
            fileProblem.setText(getTranslation("import.not-allowed"));
        }
    }

    private void showPreview(ImportPreview current) {
        Span counts = new Span(getTranslation("import.counts", current.importable(), current.rejected().size()));
        counts.setId("import-counts");
        Grid<ImportRow> rows = new Grid<>();
        rows.setId("import-rows");
        rows.addColumn(ImportRow::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.value("email")).setHeader("email").setAutoWidth(true);
        rows.addColumn(row -> row.value("name")).setHeader(getTranslation("import.column.name")).setAutoWidth(true);
        rows.addColumn(row -> row.outcome() == ImportRow.Outcome.REJECTED
                ? row.problems().stream().map(this::getTranslation).collect(Collectors.joining(" "))
                : getTranslation("import.outcome." + row.outcome().name())).setHeader(getTranslation("import.column.outcome")).setFlexGrow(2);
        rows.setItems(current.rows());
        rows.setAllRowsVisible(current.rows().size() <= 20);
        Button importButton = new Button(getTranslation("import.run", current.importable()), click -> run(current));
        importButton.setId("import-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(current.importable() > 0);
        report.add(new H2(getTranslation("import.preview")), counts, rows, importButton);
        if (!current.rejected().isEmpty()) {
            report.add(rejectedDownload(current));
        }
    }

    private Anchor rejectedDownload(ImportPreview current) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] csv = memberImport.rejectedRowsCsv(current, this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(csv), "hubtable-rows-to-fix.csv", "text/csv", csv.length);
        }), getTranslation("import.rejected.download"));
        download.setId("import-rejected");
        return download;
    }

    private void run(ImportPreview current) {
        try {
            ImportResult result = memberImport.importRows(current);
            report.removeAll();
            Paragraph done = new Paragraph(getTranslation("import.done", result.invited().size(), result.existingMembersAdded()));
            done.setId("import-done");
            report.add(done);
            if (!result.invited().isEmpty()) {
                report.add(new Paragraph(getTranslation("import.invitations")));
                String base = eu.hubtable.core.ui.PublicAddress.base();
                Grid<ImportResult.Invited> links = new Grid<>();
                links.setId("import-invitations");
                links.addColumn(ImportResult.Invited::name).setHeader(getTranslation("import.column.name"));
                links.addColumn(ImportResult.Invited::email).setHeader("email");
                links.addColumn(invited -> base + "welcome/" + invited.invitationToken()).setHeader(getTranslation("import.column.link"))
                        .setFlexGrow(3);
                links.setItems(result.invited());
                links.setAllRowsVisible(true);
                report.add(links);
            }
            if (!current.rejected().isEmpty()) {
                report.add(rejectedDownload(current));
            }
        } catch (ImportRefused refused) {
            fileProblem.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }


    private static byte[] readAtMost(InputStream in, int limit) {
        try (in) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
