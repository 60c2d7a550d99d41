package org.childcare.compliance.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV table as a case management system's report writer saves it, with the habits that vary
 * from one system to the next: a byte order mark or none, CRLF or LF line ends, every cell quoted or
 * none, the header in upper or lower case, trailing empty columns. The data rows are what they are.
 */
final class CsvOut implements Closeable {
    /** How a file looks, apart from its data. */
    record Style(boolean byteOrderMark, boolean crlf, boolean quoteAll, boolean lowerCaseHeader, int trailingEmpty) {
        static Style plain() {
            return new Style(false, false, false, false, 0);
        }
    }

    private final Path path;
    private final Style style;
    private final int columns;
    private final BufferedWriter out;
    private long rows;

    CsvOut(Path path, Style style, List<String> header) throws IOException {
        this.path = path;
        this.style = style;
        this.columns = header.size();
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
        if (style.byteOrderMark()) {
            out.write('\uFEFF');
        }
        String[] cells = header.toArray(new String[0]);
        if (style.lowerCaseHeader()) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].toLowerCase(java.util.Locale.ROOT);
            }
        }
        line(cells);
        rows = 0;
    }

    Path path() {
        return path;
    }

    long rows() {
        return rows;
    }

    /** A data row: one cell per header column, null for an empty cell. */
    void row(String... cells) throws IOException {
        if (cells.length != columns) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns in " + path);
        }
        line(cells);
    }

    /** A line with nothing in it, as spreadsheets leave between blocks: the readers skip it. */
    void blankLine(boolean commas) throws IOException {
        out.write(commas ? ",".repeat(columns - 1 + style.trailingEmpty()) : "");
        out.write(style.crlf() ? "\r\n" : "\n");
    }

    private void line(String[] cells) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i];
            boolean quote = style.quoteAll() || cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
            if (quote) {
                b.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                b.append(cell);
            }
        }
        b.append(",".repeat(style.trailingEmpty()));
        b.append(style.crlf() ? "\r\n" : "\n");
        out.write(b.toString());
        rows++;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
