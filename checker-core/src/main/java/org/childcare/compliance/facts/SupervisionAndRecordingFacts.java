package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Figure;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Chronology;
import org.childcare.compliance.model.Oversight;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.Supervision;
import org.childcare.compliance.model.Visit;
import org.childcare.compliance.model.Worker;

/**
 * Facts and wording of the supervision and recording criteria (supervision-and-recording.drl):
 * SUP-01 supervision frequency, REC-01 chronologies, REC-02 management oversight, REC-03 up-to-date
 * records and SA-01 the accuracy of the declared indicators. The rules decide met, breach, not yet
 * due or missing; this derives dates, limits and intervals and words what the rule chose.
 */
public final class SupervisionAndRecordingFacts {
    private SupervisionAndRecordingFacts() {}

    // ---- SUP-01 -------------------------------------------------------------------------------

    /**
     * The longest gap allowed after a supervision (or the start of employment), and why: the
     * newly qualified schedule's name, or null for the ordinary limit.
     */
    public record SupervisionLimit(int days, String schedule) {
        /** @return "(limit 7 days: weekly while newly qualified)", "(limit 31 days)" */
        public String text() {
            return "(limit " + days + " days" + (schedule == null ? "" : ": " + schedule) + ")";
        }
    }

    /** @return true when the worker is in post on some day of the window (no start date: in post since before it) */
    public static boolean inPostDuringWindow(Worker w, Context ctx) {
        return ctx.overlapsWindow(w.getStarted() == null ? LocalDate.MIN : w.getStarted(), w.getLeft());
    }

    /**
     * Newly qualified on {@code day}: in the first newlyQualifiedMonths after {@code qualifiedOn},
     * that is qualifiedOn &lt;= day &lt; qualifiedOn + newlyQualifiedMonths.
     */
    public static boolean newlyQualifiedOn(Worker w, LocalDate day, Context ctx) {
        LocalDate q = w.getQualifiedOn();
        return q != null && !q.isAfter(day)
                && day.isBefore(ctx.plusMonths(q, ctx.intParam("SUP-01", "newlyQualifiedMonths")));
    }

    /**
     * The limit for an interval starting on {@code from}: while the worker is newly qualified,
     * nqWeeklyMaxDays in the first nqWeeklyWeeks weeks and nqFortnightlyMaxDays up to
     * nqFortnightlyMonths months, counted from the later of qualifying and starting; otherwise
     * maxIntervalDays.
     */
    public static SupervisionLimit supervisionLimit(Worker w, LocalDate from, Context ctx) {
        if (newlyQualifiedOn(w, from, ctx)) {
            LocalDate began = w.getStarted() != null && w.getStarted().isAfter(w.getQualifiedOn()) ? w.getStarted() : w.getQualifiedOn();
            if (from.isBefore(began.plusWeeks(ctx.intParam("SUP-01", "nqWeeklyWeeks")))) {
                return new SupervisionLimit(ctx.intParam("SUP-01", "nqWeeklyMaxDays"), "weekly while newly qualified");
            }
            if (from.isBefore(ctx.plusMonths(began, ctx.intParam("SUP-01", "nqFortnightlyMonths")))) {
                return new SupervisionLimit(ctx.intParam("SUP-01", "nqFortnightlyMaxDays"), "fortnightly while newly qualified");
            }
        }
        return new SupervisionLimit(ctx.intParam("SUP-01", "maxIntervalDays"), null);
    }

    /** @return the days allowed for an interval starting on {@code from} ({@link #supervisionLimit}) */
    public static int limitDays(Worker w, LocalDate from, Context ctx) {
        return supervisionLimit(w, from, ctx).days();
    }

    /**
     * Where the walk of a worker's supervision starts: the day they started, or for a worker with
     * no start date (in post since before the period) the earlier of period.start and their first
     * supervision, so that a gap straddling period.start is measured from the supervision before it.
     */
    public static LocalDate walkStart(Worker w, Context ctx) {
        if (w.getStarted() != null) {
            return w.getStarted();
        }
        LocalDate start = ctx.periodStart();
        for (Supervision s : w.getSupervision()) {
            if (s.getDate() != null && s.getDate().isBefore(start)) {
                start = s.getDate();
            }
        }
        return start;
    }

    /** SUP-01's message for a worker with no supervision yet whose first was not due by asAt (or leaving). */
    public static String firstSupervisionNotYetDue(Worker w, IntervalWalk walk, Context ctx) {
        if (!walk.isOpen()) {
            return "left on " + walk.getStop() + " before a first supervision was due";
        }
        LocalDate due = walk.getStart().plusDays(limitDays(w, walk.getStart(), ctx));
        return w.getStarted() != null ? "started on " + w.getStarted() + ": first supervision due by " + due
                : "no supervision recorded; first due by " + due;
    }

    /** SUP-01's message for a worker whose judged intervals were all within their limits. */
    public static String supervisionInTime(IntervalWalk walk) {
        return "supervision within the limits in the window (longest interval " + walk.getLongestCalendarDays() + " days)";
    }

    /** SUP-01's finding: the first interval over its limit described, the others counted. */
    public static String supervisionGaps(Worker w, List<Interval> late, IntervalWalk walk, Context ctx) {
        Interval i = late.get(0);
        String limit = supervisionLimit(w, i.from(), ctx).text();
        String text;
        if (i.tail()) {
            String to = walk.isOpen() ? "asAt " + i.to() : "leaving on " + i.to();
            String from = !i.first() ? "the last on " + i.from()
                    : w.getStarted() != null ? "starting on " + i.from() : "the start of the period on " + i.from();
            text = "no supervision for " + i.calendarDays() + " days from " + from + " to " + to + " " + limit;
        } else if (i.first()) {
            text = "first supervision " + (w.getStarted() != null ? i.calendarDays() + " days after starting on " + i.from()
                    : "in the window on " + i.to() + ", " + i.calendarDays() + " days after the period began on " + i.from())
                    + " " + limit;
        } else {
            text = "supervision gap of " + i.calendarDays() + " days from " + i.from() + " to " + i.to() + " " + limit;
        }
        int more = late.size() - 1;
        return more == 0 ? text : text + "; " + more + " more interval" + (more > 1 ? "s" : "") + " over the limit";
    }

    // ---- open cases (REC-01, REC-03) ---------------------------------------------------------

    /**
     * A child's case is open on asAt when a protection plan, a care episode or an assessment is open
     * then, or the child is a care leaver the authority supports.
     */
    public static boolean openCase(Child c, Context ctx) {
        return c.getCareLeaver() != null || openedOn(c, ctx) != null;
    }

    /** The start of the earliest piece of work open on asAt (plan, episode or assessment), or null. */
    public static LocalDate openedOn(Child c, Context ctx) {
        LocalDate first = null;
        for (ProtectionPlan p : c.getProtectionPlans()) {
            if (ctx.openOnAsAt(planStart(p), p.getEnd())) {
                first = earlier(first, planStart(p));
            }
        }
        for (CareEpisode e : c.getCareEpisodes()) {
            if (ctx.openOnAsAt(e.getStart(), e.getEnd())) {
                first = earlier(first, e.getStart());
            }
        }
        for (Assessment a : c.getAssessments()) {
            if (ctx.openOnAsAt(a.getStart(), a.getCompleted())) {
                first = earlier(first, a.getStart());
            }
        }
        return first;
    }

    /** A plan's start, or its initial conference when the start is not given. */
    public static LocalDate planStart(ProtectionPlan p) {
        return p.getStart() != null ? p.getStart() : p.getIcpc() != null ? p.getIcpc().getDate() : null;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }


    // ---- REC-01 -------------------------------------------------------------------------------

    /** @return true when the chronology says what REC-01 needs: that there is none, or when it was last updated */
    public static boolean chronologyRecorded(Chronology ch) {
        return Boolean.FALSE.equals(ch.getPresent()) || ch.getLastUpdated() != null;
    }

    /** @return the day the chronology was last updated, or null when there is none ({@code present: false}) */
    public static LocalDate chronologyUpdated(Chronology ch) {
        return Boolean.FALSE.equals(ch.getPresent()) ? null : ch.getLastUpdated();
    }

    /** @return calendar days from the chronology's last update to asAt, or -1 when there is none */
    public static long chronologyAge(Chronology ch, Context ctx) {
        LocalDate updated = chronologyUpdated(ch);
        return updated == null ? -1 : ctx.days(updated, ctx.asAt());
    }

    /**
     * @return true when the case opened at most {@code days} before asAt: its first chronology (or an
     *     update after an older case's) is not due yet
     */
    public static boolean openedWithin(Child c, int days, Context ctx) {
        LocalDate opened = openedOn(c, ctx);
        return opened != null && ctx.days(opened, ctx.asAt()) <= days;
    }

    /** REC-01's message for a chronology updated in time. */
    public static String chronologyInTime(Chronology ch, int limit, Context ctx) {
        return "chronology updated on " + ch.getLastUpdated() + ", " + chronologyAge(ch, ctx) + " days before asAt (limit " + limit + ")";
    }

    /** REC-01's message for a new case whose chronology is not due yet. */
    public static String chronologyNotYetDue(Child c, Chronology ch, int limit, Context ctx) {
        LocalDate opened = openedOn(c, ctx);
        return "case opened on " + opened + ": chronology " + (chronologyUpdated(ch) == null ? "" : "update ") + "due by "
                + opened.plusDays(limit);
    }

    /** REC-01's finding: a chronology too old on asAt, or none on an older case. */
    public static String chronologyLate(Child c, Chronology ch, int limit, Context ctx) {
        LocalDate updated = chronologyUpdated(ch);
        if (updated != null) {
            return "chronology last updated on " + updated + ", " + chronologyAge(ch, ctx) + " days before asAt " + ctx.asAt()
                    + " (limit " + limit + ")";
        }
        LocalDate opened = openedOn(c, ctx);
        return "no chronology on the file of a case open " + (opened != null ? "since " + opened : "to a care leaver")
                + " (limit " + limit + " days)";
    }

    // ---- REC-02 -------------------------------------------------------------------------------

    /**
     * Work with the child in the window: a plan, episode or assessment overlapping it, a referral or
     * s47 enquiry dated in it, a care leaver, or management oversight recorded in it.
     */
    public static boolean activeInWindow(Child c, Context ctx) {
        if (c.getCareLeaver() != null) {
            return true;
        }
        for (ProtectionPlan p : c.getProtectionPlans()) {
            if (ctx.overlapsWindow(planStart(p), p.getEnd())) {
                return true;
            }
        }
        for (CareEpisode e : c.getCareEpisodes()) {
            if (ctx.overlapsWindow(e.getStart(), e.getEnd())) {
                return true;
            }
        }
        for (Assessment a : c.getAssessments()) {
            if (ctx.overlapsWindow(a.getStart(), a.getCompleted())) {
                return true;
            }
        }
        for (Referral r : c.getReferrals()) {
            if (ctx.inWindow(r.getDate())) {
                return true;
            }
        }
        for (S47Enquiry s : c.getS47Enquiries()) {
            if (ctx.inWindow(s.getStrategyDiscussion())) {
                return true;
            }
        }
        for (Oversight o : c.getManagementOversight()) {
            if (ctx.inWindow(o.getDate())) {
                return true;
            }
        }
        return false;
    }

    /** @return the management oversight recorded in the window, earliest first */
    public static List<Oversight> oversightInWindow(Child c, Context ctx) {
        return c.getManagementOversight().stream().filter(o -> ctx.inWindow(o.getDate()))
                .sorted(Comparator.comparing(Oversight::getDate)).toList();
    }

    /** @return the decisions in the window recorded with {@code reasonsRecorded: false}, earliest first */
    public static List<Oversight> decisionsWithoutReasons(Child c, Context ctx) {
        return oversightInWindow(c, ctx).stream()
                .filter(o -> Boolean.TRUE.equals(o.getDecision()) && Boolean.FALSE.equals(o.getReasonsRecorded())).toList();
    }

    /** REC-02's finding for a child with no management oversight in the window, naming the last before it. */
    public static String noOversightInWindow(Child c, Context ctx) {
        LocalDate last = null;
        for (Oversight o : c.getManagementOversight()) {
            LocalDate d = o.getDate();
            if (d != null && d.isBefore(ctx.periodStart()) && (last == null || d.isAfter(last))) {
                last = d;
            }
        }
        return "no management oversight recorded from " + ctx.periodStart() + " to " + ctx.asAt()
                + (last != null ? " (last on " + last + ")" : "");
    }

    /** REC-02's message for a child with oversight in the window and every decision with its reasons. */
    public static String oversightWithReasons(Child c, Context ctx) {
        int n = oversightInWindow(c, ctx).size();
        return "management oversight recorded " + (n == 1 ? "once" : n == 2 ? "twice" : n + " times")
                + " in the window, every decision with reasons";
    }

    /** REC-02's finding for decisions without reasons: the first named, the others counted. */
    public static String decisionsWithoutReasonsText(List<Oversight> unreasoned) {
        String text = "management decision on " + unreasoned.get(0).getDate() + " recorded without reasons";
        return unreasoned.size() == 1 ? text : text + "; " + (unreasoned.size() - 1) + " more";
    }

    // ---- REC-03 -------------------------------------------------------------------------------

    /** The latest visit (on or before asAt) of the child's plans and care episodes open on asAt, or null. */
    public static LocalDate latestVisit(Child c, Context ctx) {
        LocalDate latest = null;
        for (ProtectionPlan p : c.getProtectionPlans()) {
            if (ctx.openOnAsAt(planStart(p), p.getEnd())) {
                latest = later(latest, p.getVisits());
            }
        }
        for (CareEpisode e : c.getCareEpisodes()) {
            if (ctx.openOnAsAt(e.getStart(), e.getEnd())) {
                latest = later(latest, e.getVisits());
            }
        }
        return latest;
    }

    private static LocalDate later(LocalDate latest, List<Visit> visits) {
        for (Visit v : visits) {
            LocalDate d = v.getDate();
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    /** @return working days from the record's last entry to the latest visit (0 when the entry is on or after it) */
    public static int recordLag(LocalDate lastEntry, LocalDate latestVisit, Context ctx) {
        return lastEntry.isBefore(latestVisit) ? ctx.workingDays(lastEntry, latestVisit) : 0;
    }

    /** REC-03's message comparing the last entry with the latest visit. */
    public static String recordAgainstVisit(LocalDate lastEntry, LocalDate latestVisit, int limit, Context ctx) {
        if (!lastEntry.isBefore(latestVisit)) {
            return "last entry on " + lastEntry + ", on or after the latest visit on " + latestVisit;
        }
        return "last entry on " + lastEntry + ", " + recordLag(lastEntry, latestVisit, ctx)
                + " working days before the latest visit on " + latestVisit + " (limit " + limit + ")";
    }

    // ---- SA-01 --------------------------------------------------------------------------------

    /**
     * @return the distance in points between the declared and the computed figure, at the figures'
     *     precision of one decimal (so that 2.0000000001 is not over a tolerance of 2)
     */
    public static double difference(Figure f) {
        return Math.round(Math.abs(f.computed() - f.declared()) * 10.0) / 10.0;
    }

    /** SA-01's message: both figures, their difference and the tolerance. */
    public static String agreement(Figure f, double tolerance) {
        return "declared " + number(f.declared()) + ", case data give " + number(f.computed()) + " (difference "
                + number(difference(f)) + " points, tolerance " + number(tolerance) + ")";
    }

    /** @return a figure at one decimal, without ".0" for whole numbers */
    static String number(double v) {
        double r = Math.round(v * 10.0) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
