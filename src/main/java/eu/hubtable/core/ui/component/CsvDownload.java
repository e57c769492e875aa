package eu.hubtable.core.ui.component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A link that downloads a table as a CSV file. The file is the table as it was shown (written when the
 * link is made), so what the reader saw is what they get, without a second query on download.
 */
public class CsvDownload extends Anchor {

    private final String csv;

    public CsvDownload(String id, String fileName, String label, String csv) {
        this.csv = csv;
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName,
                "text/csv;charset=UTF-8", bytes.length)));
        setText(label);
        setId(id);
        getElement().setAttribute("download", true);
    }

    /** The file's content, as downloaded. */
    public String csv() {
        return csv;
    }
}
