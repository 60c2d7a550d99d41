package org.childcare.compliance.validate;

import java.time.LocalDate;

/**
 * The format's rules for a child's dates, written once for every source: the YAML loader applies
 * them as it reads each date (with the date's own line and column), and {@link ChildDates} applies
 * them to a child read from the authority's returns (with the row, element or cell the reader
 * noted). What they say and how they word it is here and nowhere else.
 */
public final class DateRules {
    private DateRules() {}

    /**
     * Whether a date at {@code path} (a record path such as {@code children[3].careEpisodes[0].visits[1]})
     * is impossible before the child's birth: a visit (the child is seen), and anything of being looked
     * after or leaving care. Referrals, assessments, enquiries, conferences and plans may come first:
     * pre-birth protection is ordinary practice for an unborn child, and the format names only "a
     * visit before the child's birth" as an error.
     */
    public static boolean needsTheChildBorn(String path) {
        return path != null && (path.contains("visits[") || path.contains("careEpisodes[") || path.contains("careLeaver"));
    }

    /** Whether a date field may follow asAt: an expected date of birth is a forecast, not an event. */
    public static boolean mayFollowAsAt(String field) {
        return "expectedDateOfBirth".equals(field);
    }

    /** @return the problem of a date after asAt, or null when it is not */
    public static String afterAsAt(LocalDate d, LocalDate asAt) {
        return asAt != null && d.isAfter(asAt) ? d + " is after asAt (" + asAt + "), the date the self-assessment describes"
                : null;
    }

    /** @return the problem of two dates of a record in the wrong order ("end 2011-03-01 is before start 2011-04-01"), or null */
    public static String outOfOrder(String earlierName, LocalDate earlier, String laterName, LocalDate later) {
        return earlier != null && later != null && later.isBefore(earlier)
                ? laterName + " " + later + " is before " + earlierName + " " + earlier : null;
    }

    /** @return the problem of a date before the child's birth (its date, else its year), or null */
    public static String beforeBirth(LocalDate d, LocalDate born, Integer yearOfBirth) {
        if (born != null && d.isBefore(born)) {
            return d + " is before the child's date of birth (" + born + ")";
        }
        if (born == null && yearOfBirth != null && d.getYear() < yearOfBirth) {
            return d + " is before the child's year of birth (" + yearOfBirth + ")";
        }
        return null;
    }
}
