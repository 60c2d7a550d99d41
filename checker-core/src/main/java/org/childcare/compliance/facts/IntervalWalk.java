package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.childcare.compliance.engine.Context;

/**
 * The one interval walker of the checker: a record's history of one list (a plan's visits, an
 * episode's reviews, a worker's supervision), cut into the intervals between its start, its events
 * and its stop, each measured and marked judged or not. It serves every criterion that asks "was X
 * done at most N apart" (CP-03, CP-05, CP-06, LAC-01, LAC-03, HLT-02, EDU-01, SUP-01, CL-01); the
 * limits and what counts as too long are the rules' business.
 *
 * <p>The record is judged over the part of its history that is known: an interval counts when it
 * ends inside the window (from {@code period.start}; earlier gaps are history) and starts on or
 * after the list's {@code knownFrom} (before it, an event may be missing from the list). The walk
 * stops at the record's end, or at asAt while it is open. Events outside the record's start and
 * stop are ignored; events on the same day count once.
 */
public final class IntervalWalk {
    private final LocalDate start;
    private final LocalDate stop;
    private final boolean open;
    private final LocalDate knownFrom;
    private final List<LocalDate> events;
    private final List<Interval> intervals;

    private IntervalWalk(LocalDate start, LocalDate stop, boolean open, LocalDate knownFrom, List<LocalDate> events,
            List<Interval> intervals) {
        this.start = start;
        this.stop = stop;
        this.open = open;
        this.knownFrom = knownFrom;
        this.events = events;
        this.intervals = intervals;
    }

    /**
     * Walks a record from {@code start} to {@code end} (null, or after asAt: open, walked to asAt).
     *
     * @param events the list's dates, in any order; nulls ignored
     * @param knownFrom the date from which the list is complete, or null when it is complete
     * @return the walk; with no intervals at all when the record has no start or starts after asAt
     */
    public static IntervalWalk of(LocalDate start, LocalDate end, Collection<LocalDate> events, LocalDate knownFrom,
            Context ctx) {
        if (start == null || start.isAfter(ctx.asAt())) {
            return new IntervalWalk(start, null, false, knownFrom, List.of(), List.of());
        }
        boolean open = end == null || end.isAfter(ctx.asAt());
        LocalDate stop = open ? ctx.asAt() : end;
        if (stop.isBefore(start)) {
            stop = start;
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d : events) {
            if (d != null && !d.isBefore(start) && !d.isAfter(stop)) {
                dates.add(d);
            }
        }
        dates = dates.stream().distinct().sorted().toList();
        List<Interval> intervals = new ArrayList<>(dates.size() + 1);
        LocalDate previous = start;
        boolean first = true;
        for (LocalDate d : dates) {
            if (d.equals(start) && first) {
                // an event on the start day: nothing to measure before it
                first = false;
                continue;
            }
            intervals.add(interval(previous, d, first, false, knownFrom, ctx));
            previous = d;
            first = false;
        }
        intervals.add(interval(previous, stop, first, true, knownFrom, ctx));
        return new IntervalWalk(start, stop, open, knownFrom, List.copyOf(dates), List.copyOf(intervals));
    }

    private static Interval interval(LocalDate from, LocalDate to, boolean first, boolean tail, LocalDate knownFrom,
            Context ctx) {
        int working = Math.max(0, ctx.workingDays(from, to));
        long calendar = Math.max(0, ChronoUnit.DAYS.between(from, to));
        boolean inWindow = !to.isBefore(ctx.periodStart());
        boolean known = knownFrom == null || !from.isBefore(knownFrom);
        return new Interval(from, to, first, tail, working, calendar, inWindow, known);
    }

    /** @return the record's start */
    public LocalDate getStart() {
        return start;
    }

    /** @return where the walk stops: the record's end, or asAt while it is open; null when the record has not started */
    public LocalDate getStop() {
        return stop;
    }

    /** @return true when the record is open on asAt */
    public boolean isOpen() {
        return open;
    }

    /** @return the date from which the list is complete, or null when it is complete */
    public LocalDate getKnownFrom() {
        return knownFrom;
    }

    /** @return the list's dates between the record's start and stop, in order, each once */
    public List<LocalDate> getEvents() {
        return events;
    }

    /** @return how many events fell between the record's start and stop */
    public int getEventCount() {
        return events.size();
    }

    /** @return every interval, in order: start to first event, between events, last event to stop */
    public List<Interval> getIntervals() {
        return intervals;
    }

    /** @return the intervals that are judged: ending in the window, over known history */
    public List<Interval> getJudged() {
        return intervals.stream().filter(Interval::isJudged).toList();
    }

    /** @return true when at least one interval is judged */
    public boolean isJudgedAtAll() {
        return intervals.stream().anyMatch(Interval::isJudged);
    }

    /** @return the first interval (start to first event, or to the stop when there is none); null when not started */
    public Interval getFirst() {
        return intervals.isEmpty() ? null : intervals.get(0);
    }

    /** @return the last interval (last event to the stop); null when not started */
    public Interval getTail() {
        return intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
    }

    /** @return the largest working days of a judged interval, or -1 when none is judged */
    public int getLongestWorkingDays() {
        return intervals.stream().filter(Interval::isJudged).mapToInt(Interval::workingDays).max().orElse(-1);
    }

    /** @return the largest calendar days of a judged interval, or -1 when none is judged */
    public long getLongestCalendarDays() {
        return intervals.stream().filter(Interval::isJudged).mapToLong(Interval::calendarDays).max().orElse(-1);
    }

    /**
     * @return true when the history is known only from a date after the start of what is judged
     *     (the later of the record's start and the window's start): earlier gaps cannot be seen
     */
    public boolean isPartial(Context ctx) {
        if (knownFrom == null || start == null) {
            return false;
        }
        LocalDate judgedFrom = start.isBefore(ctx.periodStart()) ? ctx.periodStart() : start;
        return knownFrom.isAfter(judgedFrom);
    }

    /** The reason a record with this walk but no judged interval is missing data, e.g. "history known from 2024-09-12". */
    public String getUnknownReason() {
        return knownFrom == null ? "no history in the window" : "history known from " + knownFrom;
    }
}
