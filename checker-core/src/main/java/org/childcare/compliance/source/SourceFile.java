package org.childcare.compliance.source;

import java.util.List;
import java.util.Map;

/**
 * One file a reader recognised, for the report's sources section: what it is and what became of
 * its rows.
 *
 * @param file the file's path relative to the self-assessment root, as findings name it
 * @param kind what the file is, e.g. {@code ssda903-episodes}, {@code cin-census}, {@code annex-a-list-7}
 * @param year the collection year it belongs to (e.g. {@code 2023-24}), or null when it does not say
 * @param used false for a file recognised but read by no criterion (SSDA903 AD1, Annex A list 1 ...)
 * @param rows data rows (CSV lines, XML {@code Child} elements, worksheet rows) read
 * @param children distinct children those rows were about
 * @param ignoredRows rows left out, by reason ("blank row": 3, "child quarantined": 1)
 * @param columns the columns or elements that were read, in the file's order (for a reader's report)
 * @param warnings what was read but ignored without being an error, in plain English (an extra column
 *     the table does not define); empty when there was nothing to say
 */
public record SourceFile(String file, String kind, String year, boolean used, long rows, long children,
        Map<String, Long> ignoredRows, List<String> columns, List<String> warnings) {
    public SourceFile {
        ignoredRows = ignoredRows == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(ignoredRows));
        columns = columns == null ? List.of() : List.copyOf(columns);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A file read without warnings. */
    public SourceFile(String file, String kind, String year, boolean used, long rows, long children,
            Map<String, Long> ignoredRows, List<String> columns) {
        this(file, kind, year, used, rows, children, ignoredRows, columns, List.of());
    }
}
