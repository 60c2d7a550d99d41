package org.childcare.compliance.source.annexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;

/**
 * What one worksheet cell holds, cleaned of the mess exports leave: non-breaking spaces, {@code #N/A},
 * {@code Unknown}, numbers that are ids, dates stored as numbers with a date format.
 *
 * <p>Deliberately no {@code toString} that shows the text: a cell may hold a person's name.
 *
 * @param kind what sort of value it is
 * @param text the cleaned text (for a number, its plain form; for a boolean, true or false); null when blank
 * @param number the number, for NUMBER
 * @param dateFormatted true when the cell's number format shows a date
 * @param date1904 true when the workbook counts days from 1904 (old Mac workbooks)
 */
record CellValue(Kind kind, String text, BigDecimal number, boolean dateFormatted, boolean date1904) {

    enum Kind { BLANK, TEXT, NUMBER, BOOLEAN, ERROR }

    static final CellValue BLANK = new CellValue(Kind.BLANK, null, null, false, false);

    /** A spreadsheet error value such as #REF! or #VALUE!. */
    private static final Pattern ERROR_VALUE = Pattern.compile("#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!)");

    /** Excel's built-in number formats that show a date (ECMA-376 part 1, 18.8.30). */
    private static boolean builtInDateFormat(int id) {
        return id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58;
    }

    static CellValue of(Cell cell, boolean date1904) {
        if (cell == null) {
            return BLANK;
        }
        String raw = cell.getRawValue();
        switch (cell.getType()) {
            case EMPTY:
                return BLANK;
            case BOOLEAN:
                return new CellValue(Kind.BOOLEAN, Boolean.toString(Boolean.TRUE.equals(cell.asBoolean())), null, false, date1904);
            case ERROR:
                return error(raw);
            case NUMBER:
                return number(raw, cell, date1904);
            case FORMULA:
                // a formula's cached result: a number when it reads as one, else text or an error value
                if (raw == null || raw.isBlank()) {
                    return BLANK;
                }
                if (ERROR_VALUE.matcher(raw.strip().toUpperCase(Locale.ROOT)).matches()) {
                    return error(raw);
                }
                try {
                    new BigDecimal(raw.strip());
                    return number(raw, cell, date1904);
                } catch (NumberFormatException notNumber) {
                    return text(raw);
                }
            case STRING:
            default:
                return text(raw == null ? cell.getText() : raw);
        }
    }

    /** A text cell: spaces of every kind trimmed; {@code #N/A}, {@code Unknown}, {@code c) Unknown} are blank. */
    static CellValue text(String raw) {
        String cleaned = clean(raw);
        if (cleaned.isEmpty()) {
            return BLANK;
        }
        String upper = cleaned.toUpperCase(Locale.ROOT);
        if (upper.equals("#N/A")) {
            return BLANK;
        }
        if (ERROR_VALUE.matcher(upper).matches()) {
            return new CellValue(Kind.ERROR, upper, null, false, false);
        }
        if (Codes.stripLetter(cleaned).equalsIgnoreCase("unknown")) {
            return BLANK;
        }
        return new CellValue(Kind.TEXT, cleaned, null, false, false);
    }

    private static CellValue error(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (code.equals("#N/A") || code.isEmpty()) {
            return BLANK;
        }
        return new CellValue(Kind.ERROR, code, null, false, false);
    }

    private static CellValue number(String raw, Cell cell, boolean date1904) {
        BigDecimal n;
        try {
            n = new BigDecimal(raw.strip());
        } catch (RuntimeException notNumber) {
            return text(raw);
        }
        boolean date = isDateFormat(cell.getDataFormatId(), cell.getDataFormatString());
        return new CellValue(Kind.NUMBER, plain(n), n, date, date1904);
    }

    /** 1234.0 is 1234: ids typed into numeric cells come back as doubles. */
    static String plain(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** Non-breaking and other odd spaces become spaces; the result is trimmed. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\t' || c == '\r' || c == '\n') {
                b.append(' ');
            } else if (c != '\u200b' && c != '\ufeff') {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    /**
     * Whether a number format shows a date: a built-in date format, or a custom one with day, month
     * or year codes outside quoted text and [brackets] (e.g. {@code dd/mm/yyyy;@}, {@code [$-809]d mmm yy}).
     */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && builtInDateFormat(id)) {
            return true;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("general")) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "")
                .toLowerCase(Locale.ROOT);
        int section = f.indexOf(';');
        if (section >= 0) {
            f = f.substring(0, section);
        }
        return f.contains("d") || f.contains("y") || (f.contains("m") && !f.contains("h") && !f.contains("s"));
    }

    /** Only the kind: the text may be a person's name. */
    @Override
    public String toString() {
        return "CellValue[" + kind + "]";
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** @return the day a date-formatted number stands for (time of day dropped), or null when out of range */
    LocalDate serialDate() {
        if (number == null || number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return null; // 31/12/9999 is Excel's last day
        }
        long days = number.longValue();
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        // day 1 is 1 January 1900 and Excel counts a 29 February 1900 that never was (day 60)
        return days < 61 ? (days == 60 ? null : LocalDate.of(1899, 12, 31).plusDays(days)) : LocalDate.of(1899, 12, 30).plusDays(days);
    }
}
