package org.childcare.compliance.source.annexa;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.model.Located;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.Row;

/**
 * One data row of a list, read column by column. Each reading checks its cell and, when the value is
 * wrong, records a problem located at the cell ({@code List 7!G14}) and gives null, so one row can
 * report every bad cell at once.
 *
 * <p>A cell of a column holding people's names is never quoted: its problems name the cell only, and
 * its text leaves this class only as a pseudonymous worker id.
 */
final class RowCells {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final int MAX_NAME_LENGTH = 200;

    private final String file;
    private final String sheet;
    private final int rowNumber;
    private final Row row;
    private final Map<Column, Integer> columns;
    private final boolean date1904;
    private final Function<String, String> workerIds;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<Column, String> workers = new java.util.EnumMap<>(Column.class);

    /**
     * @param columns where each known column is, 0-based
     * @param workerIds a name to its worker id; gives null when no key is available (the run reports that once)
     */
    RowCells(String file, String sheet, Row row, Map<Column, Integer> columns, boolean date1904,
            Function<String, String> workerIds) {
        this.file = file;
        this.sheet = sheet;
        this.rowNumber = row.getRowNum();
        this.row = row;
        this.columns = columns;
        this.date1904 = date1904;
        this.workerIds = workerIds;
    }

    int rowNumber() {
        return rowNumber;
    }

    List<InputProblem> problems() {
        return problems;
    }

    boolean has(Column column) {
        return columns.containsKey(column);
    }

    CellValue value(Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.getCellCount()) {
            return CellValue.BLANK;
        }
        return CellValue.of(row.getCell(index), date1904);
    }

    /** @return {@code List 7!G14} for the column's cell in this row */
    String ref(Column column) {
        Integer index = columns.get(column);
        return sheet + "!" + (index == null ? "?" : CellAddress.convertNumToColString(index)) + rowNumber;
    }

    int columnNumber(Column column) {
        Integer index = columns.get(column);
        return index == null ? 0 : index + 1;
    }

    void problem(Column column, String message) {
        problems.add(new InputProblem(file, rowNumber, columnNumber(column), ref(column), message));
    }

    /** Locates a record at this row's cell of {@code column}, as findings will name it. */
    <T extends Located> T locate(T record, Column column) {
        record.locate(file, rowNumber, columnNumber(column), ref(column));
        return record;
    }

    /** @return the child's id: text as written, a number without its {@code .0}; null when blank */
    String id() {
        CellValue v = value(Column.CHILD_ID);
        switch (v.kind()) {
            case BLANK:
                return null;
            case TEXT:
            case NUMBER:
                return v.text();
            default:
                problem(Column.CHILD_ID, describe(v) + " where a child's id was expected");
                return null;
        }
    }

    /** A date: an Excel date cell, or text dd/mm/yyyy or yyyy-mm-dd. */
    LocalDate date(Column column) {
        CellValue v = value(column);
        switch (v.kind()) {
            case BLANK:
                return null;
            case NUMBER: {
                if (!v.dateFormatted()) {
                    problem(column, "the number " + v.text() + " is not formatted as a date; give a date cell,"
                            + " or text dd/mm/yyyy or yyyy-mm-dd, in '" + column.header() + "'");
                    return null;
                }
                LocalDate d = v.serialDate();
                if (d == null) {
                    problem(column, "the date cell holds " + v.text() + ", which is no day Excel can show");
                }
                return d;
            }
            case TEXT: {
                LocalDate d = textDate(v.text());
                if (d == null) {
                    problem(column, "'" + v.text() + "' is not a date; '" + column.header()
                            + "' takes a date cell, or text dd/mm/yyyy or yyyy-mm-dd");
                }
                return d;
            }
            default:
                problem(column, describe(v) + " where a date was expected in '" + column.header() + "'");
                return null;
        }
    }

    static LocalDate textDate(String text) {
        try {
            Matcher m = DMY.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException impossible) {
            return null; // 31/02/2024: the caller reports it
        }
        return null;
    }

    /** A count: a whole number of 0 or more, as a number or text. */
    Integer count(Column column) {
        CellValue v = value(column);
        BigDecimal n = null;
        if (v.kind() == CellValue.Kind.NUMBER) {
            n = v.number();
        } else if (v.kind() == CellValue.Kind.TEXT) {
            try {
                n = new BigDecimal(v.text());
            } catch (NumberFormatException notNumber) {
                n = null;
            }
        } else if (v.isBlank()) {
            return null;
        }
        if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            problem(column, (v.kind() == CellValue.Kind.TEXT || v.kind() == CellValue.Kind.NUMBER ? "'" + v.text() + "'" : describe(v))
                    + " is not a count; '" + column.header() + "' takes a whole number, 0 or more");
            return null;
        }
        return n.intValueExact();
    }

    /** Yes/no: Yes, No, Y, N, 1, 0, true, false, {@code a) Yes}, {@code b) No}, or a TRUE/FALSE cell. */
    Boolean yesNo(Column column) {
        return code(column, Codes.YES_NO);
    }

    /** A coded value read through {@code table}; an unknown code names the column and what it may hold. */
    <T> T code(Column column, Codes.Table<T> table) {
        CellValue v = value(column);
        switch (v.kind()) {
            case BLANK:
                return null;
            case TEXT:
            case NUMBER:
            case BOOLEAN: {
                Codes.Table.Reading<T> reading = table.read(v.text());
                if (reading.known()) {
                    return reading.value();
                }
                if (reading.suggestion() != null) {
                    problem(column, "'" + v.text() + "' is not " + table.what() + "; did you mean '" + reading.suggestion() + "'?");
                } else {
                    problem(column, "'" + v.text() + "' in '" + column.header() + "' is not " + table.what()
                            + "; it may be " + table.allowed());
                }
                return null;
            }
            default:
                problem(column, describe(v) + " where " + table.what() + " was expected in '" + column.header() + "'");
                return null;
        }
    }

    /** Plain text that is not a name (a team, a URN). */
    String text(Column column) {
        CellValue v = value(column);
        switch (v.kind()) {
            case BLANK:
                return null;
            case TEXT:
            case NUMBER:
                return v.text();
            default:
                problem(column, describe(v) + " where text was expected in '" + column.header() + "'");
                return null;
        }
    }

    /**
     * A person's name, turned at once into a worker id. Every problem names the cell, never its text.
     */
    String worker(Column column) {
        // read once per row: the child's allocation and an assessment's worker may both come from one cell
        if (!workers.containsKey(column)) {
            workers.put(column, readWorker(column));
        }
        return workers.get(column);
    }

    private String readWorker(Column column) {
        CellValue v = value(column);
        switch (v.kind()) {
            case BLANK:
                return null;
            case NUMBER:
                if (v.dateFormatted()) {
                    problem(column, "the cell holds a date, not a person's name");
                    return null;
                }
                if (v.number().stripTrailingZeros().scale() > 0) {
                    problem(column, "the cell holds a number with a fraction, not a person's name or a staff number");
                    return null;
                }
                return workerIds.apply(v.text()); // a staff number stands for its worker as a name would
            case TEXT:
                if (v.text().length() > MAX_NAME_LENGTH) {
                    problem(column, "the cell is too long to be a person's name (" + v.text().length()
                            + " characters, at most " + MAX_NAME_LENGTH + ")");
                    return null;
                }
                return workerIds.apply(v.text());
            case ERROR:
                problem(column, "the cell holds a spreadsheet error, not a person's name");
                return null;
            default:
                problem(column, "the cell holds " + (v.kind() == CellValue.Kind.BOOLEAN ? "TRUE or FALSE" : "a value")
                        + ", not a person's name");
                return null;
        }
    }

    /** @return true when the row holds nothing but blanks */
    boolean blank() {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!CellValue.of(row.getCell(i), date1904).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(CellValue v) {
        return switch (v.kind()) {
            case ERROR -> "the spreadsheet error " + v.text();
            case BOOLEAN -> "the value " + v.text().toUpperCase(java.util.Locale.ROOT);
            case NUMBER -> "the number " + v.text();
            case TEXT -> "'" + v.text() + "'";
            case BLANK -> "a blank";
        };
    }
}
