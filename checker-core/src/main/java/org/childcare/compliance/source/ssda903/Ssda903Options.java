package org.childcare.compliance.source.ssda903;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to read an authority's SSDA903 files.
 *
 * @param historyFrom the date from which the files' lists (placements, reviews, missing episodes) are
 *     complete: the {@code sources.ssda903.historyFrom} setting; null for each child's first episode start
 * @param asAt the self-assessment's snapshot date (a UASC row counts while its {@code DUC} is empty or
 *     after it); null for the end of the collection year
 * @param collectionYear the return's year, e.g. {@code 2024-25} (its end, 31 March, is when OC2 flags
 *     apply); null to take the year of the latest episode date in the files
 * @param lenient quarantine a child with a malformed row and read the others, instead of reporting every
 *     problem as an input error
 * @param maxErrors problems listed before the rest are only counted
 */
public record Ssda903Options(LocalDate historyFrom, LocalDate asAt, String collectionYear, boolean lenient,
        int maxErrors) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    public Ssda903Options {
        if (collectionYear != null && yearEnding(collectionYear) == null) {
            throw new IllegalArgumentException("collection year '" + collectionYear
                    + "' is not a year like 2024-25");
        }
        if (maxErrors < 1) {
            throw new IllegalArgumentException("maxErrors must be at least 1, not " + maxErrors);
        }
    }

    /** Strict, the default history, the year taken from the files, up to 100 problems listed. */
    public static Ssda903Options defaults() {
        return new Ssda903Options(null, null, null, false, 100);
    }

    public Ssda903Options withHistoryFrom(LocalDate value) {
        return new Ssda903Options(value, asAt, collectionYear, lenient, maxErrors);
    }

    public Ssda903Options withAsAt(LocalDate value) {
        return new Ssda903Options(historyFrom, value, collectionYear, lenient, maxErrors);
    }

    public Ssda903Options withCollectionYear(String value) {
        return new Ssda903Options(historyFrom, asAt, value, lenient, maxErrors);
    }

    public Ssda903Options withLenient(boolean value) {
        return new Ssda903Options(historyFrom, asAt, collectionYear, value, maxErrors);
    }

    public Ssda903Options withMaxErrors(int value) {
        return new Ssda903Options(historyFrom, asAt, collectionYear, lenient, value);
    }

    /** @return the year the collection year {@code 2024-25} ends in (2025), or null when it is not such a year */
    static Integer yearEnding(String collectionYear) {
        Matcher m = YEAR.matcher(collectionYear);
        if (!m.matches()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        return (first + 1) % 100 == Integer.parseInt(m.group(2)) ? first + 1 : null;
    }

    /** @return the collection year that {@code date} falls in, e.g. {@code 2024-25} for 31 March 2025 */
    static String yearOf(LocalDate date) {
        int first = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return String.format("%d-%02d", first, (first + 1) % 100);
    }
}
