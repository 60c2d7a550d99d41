package org.childcare.compliance.source.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one data row, read column by column: each bad cell is reported at its own line and
 * column, and the row remembers that it was bad so that nothing is built from it.
 */
final class RowCells {
    /** The guidance's dd/mm/yyyy; a day or month of one digit, as spreadsheets re-save it, is accepted. */
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    final TableFile file;
    final CsvText.Row row;
    final String child;
    private final Problems problems;
    private boolean bad;

    RowCells(TableFile file, CsvText.Row row, String child, Problems problems) {
        this.file = file;
        this.row = row;
        this.child = child;
        this.problems = problems;
    }

    int line() {
        return row.line();
    }

    /** @return the cell's trimmed text, empty when the row is shorter than the header */
    String text(String column) {
        int index = file.index(column);
        return index < row.cells().size() ? row.cells().get(index) : "";
    }

    boolean bad() {
        return bad;
    }

    /** Reports a problem at {@code column} of this row and marks the row bad. */
    void problem(String column, String message) {
        bad = true;
        problems.child(child, file.name, row.line(), file.columnNumber(column), message);
    }

    /** A problem of the row as a whole, at its first column. */
    void rowProblem(String message) {
        bad = true;
        problems.child(child, file.name, row.line(), 1, message);
    }

    /** @return the date in {@code column}; null when empty (then a problem if {@code required}) or not a date */
    LocalDate date(String column, boolean required) {
        String value = text(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, column + " is empty; a date dd/mm/yyyy is required");
            }
            return null;
        }
        Matcher uk = UK_DATE.matcher(value);
        Matcher iso = ISO_DATE.matcher(value);
        try {
            if (uk.matches()) {
                return LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
                        Integer.parseInt(uk.group(1)));
            }
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            problem(column, column + " '" + value + "' is not a day of the calendar; expected dd/mm/yyyy");
            return null;
        }
        problem(column, column + " '" + value + "' is not a date; expected dd/mm/yyyy");
        return null;
    }

    /** @return the code in {@code column}, upper-cased; null when empty (then a problem if {@code required}) or unknown */
    String code(Ssda903Codes.Coded coded, boolean required) {
        String value = text(coded.column());
        if (value.isEmpty()) {
            if (required) {
                problem(coded.column(), coded.column() + " is empty; expected one of "
                        + String.join(", ", coded.codes()));
            }
            return null;
        }
        String code = value.toUpperCase(java.util.Locale.ROOT);
        if (!coded.allows(code)) {
            problem(coded.column(), coded.rejection(value));
            return null;
        }
        return code;
    }

    /** @return 1 true, 0 false, empty null */
    Boolean flag(String column) {
        String code = code(Ssda903Codes.flag(column), false);
        return code == null ? null : code.equals("1");
    }

    /** Where a record built from this row is: {@code episodes.csv row 214}. */
    String path() {
        return file.name + " row " + row.line();
    }

    /** {@code episodes.csv:214}, for messages that point at another row. */
    String where() {
        return file.name + ":" + row.line();
    }
}
