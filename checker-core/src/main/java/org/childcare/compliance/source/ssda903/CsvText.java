package org.childcare.compliance.source.ssda903;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as rows of trimmed cells, each row with the line it starts on. It copes with what
 * exports from case management systems and spreadsheets contain: a UTF-8 byte order mark, CRLF or
 * LF line ends, quoted cells (with commas, quotes or line breaks inside), blank lines and trailing
 * empty columns.
 */
final class CsvText {
    /** Far above the largest return we know of (a few MB); a bigger file is refused, not read into memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final CsvMapper MAPPER = new CsvMapper();

    /** One row: the 1-based line it starts on and its cells, trimmed. */
    record Row(int line, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /** The file could not be read as CSV: where and why. */
    static final class Unreadable extends Exception {
        private final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final Row header;
    private final List<Row> rows;

    private CsvText(Row header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** @return the header row (the first row that is not blank), its names upper-cased; null for an empty file */
    Row header() {
        return header;
    }

    /** @return every row after the header, blank ones included (the reader counts them) */
    List<Row> rows() {
        return rows;
    }

    /** Reads the whole file, or only up to its header row when {@code headerOnly}. */
    static CsvText read(Path file, boolean headerOnly) throws IOException, Unreadable {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new Unreadable(0, "file is " + size + " bytes, more than the " + MAX_BYTES
                    + " a return can plausibly be; not read");
        }
        String text = decode(file, headerOnly);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // byte order mark, as Excel writes "CSV UTF-8"
        }
        Row header = null;
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(new StringReader(text))) {
            List<String> cells = null;
            int line = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                    line = 0;
                } else if (token == JsonToken.VALUE_STRING) {
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText().trim());
                } else if (token == JsonToken.END_ARRAY) {
                    Row row = new Row(line, List.copyOf(cells));
                    if (header == null) {
                        if (!row.blank()) {
                            header = new Row(line, row.cells().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
                            if (headerOnly) {
                                break;
                            }
                        }
                    } else {
                        rows.add(row);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new Unreadable(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid CSV: " + e.getOriginalMessage());
        }
        return new CsvText(header, rows);
    }

    /**
     * The file's text, refusing bytes that are not UTF-8 (with the line they are on) rather than
     * reading a Windows-1252 file as if it were right. For a header only the first 64 KiB are read.
     */
    private static String decode(Path file, boolean headerOnly) throws IOException, Unreadable {
        byte[] bytes;
        if (headerOnly) {
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(64 * 1024);
            }
        } else {
            bytes = Files.readAllBytes(file);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, !headerOnly);
        if (result.isError() && !(headerOnly && in.remaining() < 4)) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new Unreadable(line, String.format(Locale.ROOT,
                    "byte 0x%02X is not UTF-8; save the file as CSV UTF-8", bytes[in.position()] & 0xFF));
        }
        if (!headerOnly) {
            decoder.flush(out);
        }
        out.flip();
        return out.toString();
    }
}
