package eu.hubtable.memberimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file the way spreadsheets write them: UTF-8 (with or without the BOM Excel adds),
 * comma-, semicolon- or tab-separated, a header row naming the columns in any order and case.
 * Anything else is refused as a whole, with a reason, before a single row is looked at.
 */
final class ImportFile {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5000;
    static final List<String> REQUIRED = List.of("email", "name");
    static final List<String> COLUMNS = List.of("email", "name", "headline", "city", "country", "languages", "sectors", "skills", "role");

    record Parsed(List<String> columns, List<Line> lines) {
    }

    record Line(int number, Map<String, String> values) {
    }

    private ImportFile() {
    }

    static Parsed parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportRefused("import.too-large", MAX_BYTES / (1024 * 1024));
        }
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportRefused("import.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = parser.getHeaderNames().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            checkHeader(columns);
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (lines.size() == MAX_ROWS) {
                    throw new ImportRefused("import.too-many-rows", MAX_ROWS);
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), i < record.size() ? record.get(i).strip() : "");
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, values));
            }
            if (lines.isEmpty()) {
                throw new ImportRefused("import.no-rows");
            }
            return new Parsed(columns, lines);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // duplicate or empty header names, a quote that never closes...
            throw new ImportRefused("import.malformed");
        } catch (IOException e) {
            throw new ImportRefused("import.malformed");
        }
    }

    private static void checkHeader(List<String> columns) {
        List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRefused("import.header.missing", String.join(", ", missing), String.join(", ", COLUMNS));
        }
        List<String> unknown = columns.stream().filter(c -> !Set.copyOf(COLUMNS).contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new ImportRefused("import.header.unknown", String.join(", ", unknown), String.join(", ", COLUMNS));
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefused("import.encoding");
        }
    }

    /** Excel writes semicolons where the decimal mark is a comma (French, German, Dutch settings). */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        long commas = header.chars().filter(c -> c == ',').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
