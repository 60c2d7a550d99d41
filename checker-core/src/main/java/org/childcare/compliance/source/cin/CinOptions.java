package org.childcare.compliance.source.cin;

import java.time.LocalDate;

/**
 * How the CIN census reader reads.
 *
 * @param historyFrom the self-assessment's {@code sources.cin.historyFrom}: the census files are
 *     complete from this date on; null for the default, the start of each census year (its
 *     {@code ReferenceDate} less a year, plus a day)
 * @param lenient quarantine a child whose elements are wrong and read the others, instead of
 *     reporting every problem as an input error
 * @param maxErrors stop reading after this many input errors, so a file that is wrong throughout
 *     gives a readable list rather than a flood
 */
public record CinOptions(LocalDate historyFrom, boolean lenient, int maxErrors) {

    /** As many errors as the YAML loader lists before it stops. */
    public static final int DEFAULT_MAX_ERRORS = 100;

    public CinOptions {
        if (maxErrors < 1) {
            throw new IllegalArgumentException("maxErrors must be at least 1, not " + maxErrors);
        }
    }

    /** Strict, each census year's own reach, up to {@value #DEFAULT_MAX_ERRORS} errors. */
    public static CinOptions strict() {
        return new CinOptions(null, false, DEFAULT_MAX_ERRORS);
    }

    public CinOptions withHistoryFrom(LocalDate value) {
        return new CinOptions(value, lenient, maxErrors);
    }

    public CinOptions withLenient(boolean value) {
        return new CinOptions(historyFrom, value, maxErrors);
    }

    public CinOptions withMaxErrors(int value) {
        return new CinOptions(historyFrom, lenient, value);
    }
}
