package org.childcare.compliance.source.annexa;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How to read an authority's Annex A workbooks.
 *
 * @param asAt the self-assessment's snapshot date, the day the workbook describes; null when not known.
 *     A {@code historyFrom} after it is refused: no list can be complete from a day after the snapshot
 * @param historyFrom the {@code sources.annexA.historyFrom} setting: the date from which every list the
 *     workbooks supply (visits, reviews, review conferences, health assessments, pathway plan reviews,
 *     placements) is complete. Null for the default, the date of each list's latest entry, because a
 *     workbook holds only the latest one
 * @param pseudonymKey the authority's key for turning names into worker ids ({@code compliance.pseudonymKey});
 *     null for {@link Pseudonyms#defaultKeyFile()}
 * @param lenient quarantine a child with a bad cell and read the others, instead of reporting every
 *     problem as an input error
 * @param maxErrors problems listed before the rest are only counted
 */
public record AnnexAOptions(LocalDate asAt, LocalDate historyFrom, Path pseudonymKey, boolean lenient, int maxErrors) {

    public AnnexAOptions {
        if (maxErrors < 1) {
            throw new IllegalArgumentException("maxErrors must be at least 1, not " + maxErrors);
        }
        if (asAt != null && historyFrom != null && historyFrom.isAfter(asAt)) {
            throw new IllegalArgumentException("sources.annexA.historyFrom " + historyFrom
                    + " is after asAt " + asAt + ": a history cannot be complete from a day after the snapshot");
        }
    }

    /** Strict, each list known from its latest entry, the default key file, up to 100 problems listed. */
    public static AnnexAOptions defaults() {
        return new AnnexAOptions(null, null, null, false, 100);
    }

    public AnnexAOptions withAsAt(LocalDate value) {
        return new AnnexAOptions(value, historyFrom, pseudonymKey, lenient, maxErrors);
    }

    public AnnexAOptions withHistoryFrom(LocalDate value) {
        return new AnnexAOptions(asAt, value, pseudonymKey, lenient, maxErrors);
    }

    public AnnexAOptions withPseudonymKey(Path value) {
        return new AnnexAOptions(asAt, historyFrom, value, lenient, maxErrors);
    }

    public AnnexAOptions withLenient(boolean value) {
        return new AnnexAOptions(asAt, historyFrom, pseudonymKey, value, maxErrors);
    }

    public AnnexAOptions withMaxErrors(int value) {
        return new AnnexAOptions(asAt, historyFrom, pseudonymKey, lenient, value);
    }

    /** @return the key file to use: the one given, else the default under the user's home */
    public Path keyFile() {
        return pseudonymKey != null ? pseudonymKey : Pseudonyms.defaultKeyFile();
    }
}
