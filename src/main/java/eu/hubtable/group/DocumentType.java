package eu.hubtable.group;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises office documents by their content, never by their name: PDF by its header, OpenDocument
 * by its stored "mimetype" entry, Office Open XML by its content-types part and main folder. Only
 * entry names and the tiny mimetype entry are read, so a zip bomb costs nothing.
 */
final class DocumentType {

    private DocumentType() {
    }

    static Optional<String> of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return Optional.empty();
        }
        boolean contentTypes = false;
        String officeFolder = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return type.startsWith("application/vnd.oasis.opendocument.") ? Optional.of(type) : Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                if (officeFolder == null && (name.startsWith("word/") || name.startsWith("xl/") || name.startsWith("ppt/"))) {
                    officeFolder = name.substring(0, name.indexOf('/'));
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        if (!contentTypes || officeFolder == null) {
            return Optional.empty();
        }
        return Optional.of(switch (officeFolder) {
            case "word" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xl" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        });
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
