package org.childcare.compliance.source.ssda903;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.source.SourceFile;

/** One recognised CSV file: its table, where each column is, and what became of its rows. */
final class TableFile {
    final String name;
    final Ssda903Table table;
    private final Map<String, Integer> columnIndex;
    private final List<String> header;
    final List<String> warnings = new ArrayList<>();
    long rows;
    final Map<String, Long> ignored = new TreeMap<>();
    /** Rows per child, so that a quarantined child's rows can be counted as ignored. */
    final Map<String, Long> rowsByChild = new TreeMap<>();

    TableFile(String name, Ssda903Table table, List<String> header) {
        this.name = name;
        this.table = table;
        this.header = header;
        this.columnIndex = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columnIndex.putIfAbsent(header.get(i), i);
        }
    }

    /** @return the 0-based index of {@code column} in this file */
    int index(String column) {
        return columnIndex.get(column);
    }

    /** @return the 1-based column number of {@code column}, as error locations give it */
    int columnNumber(String column) {
        return index(column) + 1;
    }

    /** @return true when the header row names the 0-based column {@code index} (trailing columns may be empty) */
    boolean named(int index) {
        return index < header.size() && !header.get(index).isEmpty();
    }

    void ignore(String reason) {
        ignored.merge(reason, 1L, Long::sum);
    }

    SourceFile summary(String year, java.util.Set<String> quarantined) {
        Map<String, Long> ignoredRows = new TreeMap<>(ignored);
        long children = 0;
        for (Map.Entry<String, Long> entry : rowsByChild.entrySet()) {
            if (quarantined.contains(entry.getKey())) {
                ignoredRows.merge("child quarantined", entry.getValue(), Long::sum);
            } else {
                children++;
            }
        }
        List<String> read = new ArrayList<>();
        for (String column : header) {
            if (table.readColumns().contains(column) && !read.contains(column)) {
                read.add(column);
            }
        }
        return new SourceFile(name, table.kind(), year, table.used(), rows, children, ignoredRows, read,
                List.copyOf(new ArrayList<>(warnings)));
    }
}
