package org.childcare.compliance.source.cin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamException;

/**
 * What the start of a file says about it: whether it is a CIN census and which year. Read before
 * any child, so that the files of several years can be taken oldest first.
 *
 * @param collection {@code Header/CollectionDetails/Collection}, or null
 * @param referenceDate the census's {@code ReferenceDate} (31 March of its year), else 31 March of
 *     its {@code Year}; null when it gives neither or they cannot be read
 * @param problem what is wrong with the header, with {@code line} and {@code column}; null when nothing
 */
record CinHeader(String collection, LocalDate referenceDate, String problem, int line, int column) {

    /** @return true when the header names the CIN census collection */
    boolean isCin() {
        return collection != null && collection.equalsIgnoreCase("CIN");
    }

    /** @return the first day the census covers: the day after the previous year's reference date */
    LocalDate yearStart() {
        return referenceDate == null ? null : referenceDate.minusYears(1).plusDays(1);
    }

    /** @return the collection year as reports name it, {@code 2023-24}; null when unknown */
    String yearLabel() {
        if (referenceDate == null) {
            return null;
        }
        int end = yearStart().plusYears(1).minusDays(1).getYear();
        return (end - 1) + "-" + String.format("%02d", end % 100);
    }

    /**
     * Reads the root element and the header, stopping at {@code Children} at the latest.
     *
     * @return null when the file is not XML whose root element is {@code Message}
     */
    static CinHeader read(Path file) {
        try (CinXml xml = CinXml.open(file)) {
            if (!xml.root(false) || !xml.name.equals("Message")) {
                return null;
            }
            String collection = null;
            String yearText = null;
            String referenceText = null;
            int yearLine = 0;
            int yearColumn = 0;
            int referenceLine = 0;
            int referenceColumn = 0;
            while (xml.next()) {
                if (!xml.name.equals("Header")) {
                    break; // Children: the header, when there is one, comes first
                }
                while (xml.next()) {
                    if (!xml.name.equals("CollectionDetails")) {
                        xml.skip();
                        continue;
                    }
                    while (xml.next()) {
                        switch (xml.name) {
                            case "Collection" -> collection = xml.text();
                            case "Year" -> {
                                yearLine = xml.line;
                                yearColumn = xml.column;
                                yearText = xml.text();
                            }
                            case "ReferenceDate" -> {
                                referenceLine = xml.line;
                                referenceColumn = xml.column;
                                referenceText = xml.text();
                            }
                            default -> xml.skip();
                        }
                    }
                }
                break;
            }
            return interpret(collection, yearText, yearLine, yearColumn, referenceText, referenceLine, referenceColumn);
        } catch (IOException | XMLStreamException | CinXml.RefusedDoctype e) {
            // not readable as a census here (or not XML at all): not recognised
            return null;
        }
    }

    private static CinHeader interpret(String collection, String yearText, int yearLine, int yearColumn,
            String referenceText, int referenceLine, int referenceColumn) {
        if (referenceText != null && !referenceText.isEmpty()) {
            try {
                if (!referenceText.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("not YYYY-MM-DD", referenceText, 0);
                }
                return new CinHeader(collection, LocalDate.parse(referenceText), null, 0, 0);
            } catch (DateTimeParseException e) {
                return new CinHeader(collection, null, "ReferenceDate '" + CinFileReader.shown(referenceText)
                        + "' is not a date; expected YYYY-MM-DD", referenceLine, referenceColumn);
            }
        }
        if (yearText != null && !yearText.isEmpty()) {
            if (yearText.matches("\\d{4}")) {
                return new CinHeader(collection, Year.parse(yearText).atMonth(3).atDay(31), null, 0, 0);
            }
            return new CinHeader(collection, null, "Year '" + CinFileReader.shown(yearText)
                    + "' is not a year; expected YYYY, such as 2024 for the census of 31 March 2024", yearLine, yearColumn);
        }
        return new CinHeader(collection, null, null, 0, 0);
    }
}
