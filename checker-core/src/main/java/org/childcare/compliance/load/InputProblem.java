package org.childcare.compliance.load;

import java.util.Locale;

/**
 * One problem with the input, located so a user can fix it: printed as {@code file:line:column:
 * message}. Line and column are 1-based; 0 means the problem belongs to the whole file.
 *
 * <p>A problem in a workbook prints as a spreadsheet user names a cell, {@code file:sheet!cell:
 * message} (e.g. {@code annex_a.xlsx:List 7!G14: ...}), or {@code file:sheet: message} for a whole
 * sheet; line and column still hold the cell's row and column numbers.
 */
public record InputProblem(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file == null ? "<input>" : file);
        boolean hasPath = path != null && !path.isEmpty();
        if (isWorkbook(file)) {
            if (hasPath) {
                text.append(':').append(path);
            }
            return text.append(": ").append(message).toString();
        }
        text.append(':').append(line).append(':').append(column).append(": ");
        if (hasPath) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }

    private static boolean isWorkbook(String file) {
        if (file == null) {
            return false;
        }
        String lower = file.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
    }
}
