package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.childcare.compliance.engine.Context;

/**
 * The time between two dates of a record, or of two records (a strategy discussion and the
 * conference it led to), in working and calendar days. Rules decide whether it was too long.
 * Dates in the wrong order are not a short interval: {@link #isOrdered()} is false and the days
 * are 0, so that no rule can take "-3 working days" for "within the limit".
 *
 * @param from the earlier date, as the data gives it
 * @param to the later date, as the data gives it
 * @param workingDays working days d with from &lt; d &lt;= to; 0 when out of order
 * @param calendarDays calendar days from {@code from} to {@code to}; 0 when out of order
 * @param ordered false when {@code to} is before {@code from}
 */
public record Span(LocalDate from, LocalDate to, int workingDays, long calendarDays, boolean ordered) {

    /** @return the span, or null when either date is absent (rules then see no span: the record lacks the data) */
    public static Span of(LocalDate from, LocalDate to, Context ctx) {
        if (from == null || to == null) {
            return null;
        }
        boolean ordered = !to.isBefore(from);
        return new Span(from, to, ordered ? ctx.workingDays(from, to) : 0, ordered ? ChronoUnit.DAYS.between(from, to) : 0,
                ordered);
    }

    public boolean isOrdered() {
        return ordered;
    }

    /** @return the missing-data reason for dates in the wrong order, naming them: "the conference is before the strategy discussion" */
    public static String outOfOrder(String later, String earlier) {
        return later + " is before " + earlier;
    }
}
