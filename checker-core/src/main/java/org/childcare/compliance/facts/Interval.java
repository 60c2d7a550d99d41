package org.childcare.compliance.facts;

import java.time.LocalDate;

/**
 * One stretch of a record's history between two consecutive events of a list (or the record's
 * start and its first event, or the last event and the record's end or asAt), with its length in
 * working and calendar days. Rules decide which intervals are too long; this only measures them.
 *
 * @param from the earlier end: the record's start ({@code first}) or an event
 * @param to the later end: an event, or the record's stop ({@code tail}): its end, or asAt while open
 * @param first true when {@code from} is the record's start rather than an event
 * @param tail true when {@code to} is the record's stop rather than an event
 * @param workingDays working days d with from &lt; d &lt;= to, never negative
 * @param calendarDays calendar days from {@code from} to {@code to}, never negative
 * @param inWindow true when the interval ends inside the window (gaps that ended before the period are history)
 * @param known true when the list is known to be complete over the whole interval (it starts on or after {@code knownFrom})
 */
public record Interval(LocalDate from, LocalDate to, boolean first, boolean tail, int workingDays, long calendarDays,
        boolean inWindow, boolean known) {

    /** @return true when the interval is judged: it ends in the window and the history over it is known */
    public boolean isJudged() {
        return inWindow && known;
    }

    /** @return true when {@code to} is after the last day allowed by a limit counted from {@code from} */
    public boolean endsAfter(LocalDate lastDayAllowed) {
        return to.isAfter(lastDayAllowed);
    }

    /**
     * Plain English for a finding, e.g. "14 working days from the plan's start on 2011-04-04 to the
     * visit of 2011-04-21"; {@code event} names the list's events ("visit"), {@code start} the
     * record's start ("the plan's start"), {@code unit} "working days" or "days".
     */
    public String describe(String event, String start, boolean inWorkingDays, boolean open) {
        String length = inWorkingDays ? plural(workingDays, "working day") : plural(calendarDays, "day");
        String fromText = first ? start + " on " + from : "the " + event + " of " + from;
        String toText = tail ? (open ? "asAt " + to : "the end on " + to) : "the " + event + " of " + to;
        return length + " from " + fromText + " to " + toText;
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
