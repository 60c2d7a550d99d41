package org.childcare.compliance.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Figure;
import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Chronology;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.Oversight;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Recording;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.Supervision;
import org.childcare.compliance.model.Visit;
import org.childcare.compliance.model.Worker;

/**
 * Supervision and recording criteria (supervision-and-recording.drl): SUP-01 supervision frequency,
 * REC-01 chronologies, REC-02 management oversight, REC-03 up-to-date records and SA-01 the accuracy
 * of the self-assessment's declared indicators.
 */
public final class SupervisionAndRecordingChecks {
    private SupervisionAndRecordingChecks() {}

    /**
     * What a check decided, in plain English; {@code where} and {@code record} name the record that
     * decided it when that is not the member itself (null: the member).
     */
    public record Result(boolean met, boolean notYetDue, String message, Located where, String record) {
        static Result met(String message) {
            return new Result(true, false, message, null, null);
        }

        static Result notMet(String message) {
            return new Result(false, false, message, null, null);
        }

        static Result notYetDue(String message) {
            return new Result(false, true, message, null, null);
        }

        Result at(Located where, String record) {
            return new Result(met, notYetDue, message, where, record);
        }

        /** The outcome of an authority-level member (a worker, a declared indicator). */
        public Outcome outcome(String criterion, String subject, Located where, String record) {
            Located at = this.where != null ? this.where : where;
            String rec = this.record != null ? this.record : record;
            return notYetDue ? Outcome.notYetDueOfSubject(criterion, subject, at, rec, message)
                    : Outcome.ofSubject(criterion, met, subject, at, rec, message);
        }

        /** The outcome of a child's record. */
        public Outcome outcome(String criterion, Child child, Located where, String record) {
            Located at = this.where != null ? this.where : where;
            String rec = this.record != null ? this.record : record;
            return notYetDue ? Outcome.notYetDue(criterion, child, at, rec, message)
                    : Outcome.of(criterion, met, child, at, rec, message);
        }
    }

    // ---- SUP-01 -------------------------------------------------------------------------------

    /**
     * The longest gap allowed after a supervision (or the start of employment) on {@code from}:
     * while the worker is newly qualified (qualifiedOn ≤ from < qualifiedOn + 12 months), 7 days in
     * the first nqWeeklyWeeks weeks and 14 days up to nqFortnightlyMonths months, counted from the
     * later of qualifying and starting; otherwise maxIntervalDays.
     */
    public static int supervisionLimit(Worker w, LocalDate from, Context ctx) {
        if (WorkforceChecks.newlyQualifiedOn(w, from, ctx)) {
            LocalDate began = w.getStarted() != null && w.getStarted().isAfter(w.getQualifiedOn()) ? w.getStarted() : w.getQualifiedOn();
            if (from.isBefore(began.plusWeeks(ctx.intParam("SUP-01", "nqWeeklyWeeks")))) {
                return 7;
            }
            if (from.isBefore(ctx.plusMonths(began, ctx.intParam("SUP-01", "nqFortnightlyMonths")))) {
                return 14;
            }
        }
        return ctx.intParam("SUP-01", "maxIntervalDays");
    }

    private static String limitText(int limit, Context ctx) {
        if (limit == 7) {
            return "(limit 7 days: weekly while newly qualified)";
        }
        if (limit == 14 && limit != ctx.intParam("SUP-01", "maxIntervalDays")) {
            return "(limit 14 days: fortnightly while newly qualified)";
        }
        return "(limit " + limit + " days)";
    }

    /**
     * SUP-01: every interval of a worker's supervision within its limit ({@link #supervisionLimit}):
     * from starting to the first supervision, between supervisions, and from the last one to leaving
     * or, while in post, to asAt (a supervision already overdue on asAt is a breach). An interval is
     * judged when its later end falls in the window. A worker with no start date is taken to have been
     * in post since before the period, so the first interval judged runs from period.start. A worker
     * with no supervision whose first one is not due by asAt is not yet due.
     */
    public static Result supervisionFrequency(Worker w, Context ctx) {
        LocalDate asAt = ctx.asAt();
        LocalDate start = w.getStarted();
        boolean leftBy = w.getLeft() != null && !w.getLeft().isAfter(asAt);
        LocalDate end = leftBy ? w.getLeft() : asAt;
        TreeSet<LocalDate> sessions = new TreeSet<>();
        for (Supervision s : w.getSupervision()) {
            LocalDate d = s.getDate();
            if (d != null && (start == null || !d.isBefore(start)) && !d.isAfter(end)) {
                sessions.add(d);
            }
        }
        LocalDate prev = start != null ? start : ctx.periodStart();
        boolean fromStart = true;
        List<String> breaches = new ArrayList<>();
        long longest = 0;
        for (LocalDate s : sessions) {
            if (s.isBefore(prev)) {
                // a supervision before the period, for a worker with no start date: history
                prev = s;
                fromStart = false;
                continue;
            }
            if (ctx.inWindow(s)) {
                int limit = supervisionLimit(w, prev, ctx);
                long gap = ctx.days(prev, s);
                longest = Math.max(longest, gap);
                if (gap > limit) {
                    breaches.add(fromStart
                            ? "first supervision " + (start != null ? gap + " days after starting on " + prev
                                    : "in the window on " + s + ", " + gap + " days after the period began on " + prev)
                                    + " " + limitText(limit, ctx)
                            : "supervision gap of " + gap + " days from " + prev + " to " + s + " " + limitText(limit, ctx));
                }
            }
            prev = s;
            fromStart = false;
        }
        int limit = supervisionLimit(w, prev, ctx);
        long tail = ctx.days(prev, end);
        if (sessions.isEmpty() && tail <= limit) {
            return Result.notYetDue(leftBy ? "left on " + end + " before a first supervision was due"
                    : start != null ? "started on " + start + ": first supervision due by " + prev.plusDays(limit)
                    : "no supervision recorded; first due by " + prev.plusDays(limit));
        }
        if (!end.isBefore(ctx.periodStart())) {
            longest = Math.max(longest, tail);
            if (tail > limit) {
                String to = leftBy ? "leaving on " + end : "asAt " + end;
                String from = !fromStart ? "the last on " + prev
                        : start != null ? "starting on " + prev : "the start of the period on " + prev;
                breaches.add("no supervision for " + tail + " days from " + from + " to " + to + " " + limitText(limit, ctx));
            }
        }
        if (breaches.isEmpty()) {
            return Result.met("supervision within the limits in the window (longest interval " + longest + " days)");
        }
        String message = breaches.get(0);
        if (breaches.size() > 1) {
            message += "; " + (breaches.size() - 1) + " more interval" + (breaches.size() > 2 ? "s" : "") + " over the limit";
        }
        return Result.notMet(message);
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
    static LocalDate planStart(ProtectionPlan p) {
        return p.getStart() != null ? p.getStart() : p.getIcpc() != null ? p.getIcpc().getDate() : null;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    // ---- REC-01 -------------------------------------------------------------------------------

    /** REC-01's population: an open case with a chronology that says whether it exists and, if so, when it was updated. */
    public static boolean chronologyJudged(Child c, Chronology ch, Context ctx) {
        if (!openCase(c, ctx)) {
            return false;
        }
        return Boolean.FALSE.equals(ch.getPresent()) || ch.getLastUpdated() != null;
    }

    /**
     * REC-01: the chronology was updated within maxAgeDays of asAt. A case opened within maxAgeDays
     * of asAt whose chronology is missing or older is not yet due (its first update is due
     * maxAgeDays after the case opened).
     */
    public static Result chronology(Child c, Chronology ch, Context ctx) {
        int limit = ctx.intParam("REC-01", "maxAgeDays");
        LocalDate opened = openedOn(c, ctx);
        boolean newCase = opened != null && ctx.days(opened, ctx.asAt()) <= limit;
        LocalDate updated = Boolean.FALSE.equals(ch.getPresent()) ? null : ch.getLastUpdated();
        if (updated != null) {
            long age = ctx.days(updated, ctx.asAt());
            if (age <= limit) {
                return Result.met("chronology updated on " + updated + ", " + age + " days before asAt (limit " + limit + ")");
            }
            if (newCase) {
                return Result.notYetDue("case opened on " + opened + ": chronology update due by " + opened.plusDays(limit));
            }
            return Result.notMet("chronology last updated on " + updated + ", " + age + " days before asAt " + ctx.asAt()
                    + " (limit " + limit + ")");
        }
        if (newCase) {
            return Result.notYetDue("case opened on " + opened + ": chronology due by " + opened.plusDays(limit));
        }
        return Result.notMet("no chronology on the file of a case open "
                + (opened != null ? "since " + opened : "to a care leaver") + " (limit " + limit + " days)");
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

    /**
     * REC-02: management oversight recorded in the window, and every decision in the window with
     * its reasons ({@code reasonsRecorded: false} on a decision is a breach; not given is not).
     */
    public static Result oversight(Child c, Context ctx) {
        List<Oversight> inWindow = new ArrayList<>();
        LocalDate last = null;
        for (Oversight o : c.getManagementOversight()) {
            if (o.getDate() == null) {
                continue;
            }
            if (ctx.inWindow(o.getDate())) {
                inWindow.add(o);
            } else if (!o.getDate().isAfter(ctx.asAt()) && (last == null || o.getDate().isAfter(last))) {
                last = o.getDate();
            }
        }
        if (inWindow.isEmpty()) {
            return Result.notMet("no management oversight recorded from " + ctx.periodStart() + " to " + ctx.asAt()
                    + (last != null ? " (last on " + last + ")" : ""));
        }
        inWindow.sort((a, b) -> a.getDate().compareTo(b.getDate()));
        List<Oversight> unreasoned = new ArrayList<>();
        for (Oversight o : inWindow) {
            if (Boolean.TRUE.equals(o.getDecision()) && Boolean.FALSE.equals(o.getReasonsRecorded())) {
                unreasoned.add(o);
            }
        }
        if (unreasoned.isEmpty()) {
            return Result.met("management oversight recorded " + times(inWindow.size()) + " in the window, every decision with reasons");
        }
        Oversight first = unreasoned.get(0);
        String message = "management decision on " + first.getDate() + " recorded without reasons";
        if (unreasoned.size() > 1) {
            message += "; " + (unreasoned.size() - 1) + " more";
        }
        return Result.notMet(message).at(first, "oversight " + first.getDate());
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
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

    /**
     * REC-03's population: an open case whose record can be judged, from its last entry and the
     * latest visit of an open plan or episode, or else from the record's own {@code upToDate} flag.
     */
    public static boolean recordingJudged(Child c, Recording r, Context ctx) {
        if (!openCase(c, ctx)) {
            return false;
        }
        return (r.getLastEntry() != null && latestVisit(c, ctx) != null) || r.getUpToDate() != null;
    }

    /**
     * REC-03: the last entry on the record is no more than maxLagWorkingDays before the latest
     * visit (an entry on or after the visit is up to date). Without a last entry date or a visit
     * to compare, the record's {@code upToDate} flag decides.
     */
    public static Result recording(Child c, Recording r, Context ctx) {
        int limit = ctx.intParam("REC-03", "maxLagWorkingDays");
        LocalDate visit = latestVisit(c, ctx);
        LocalDate entry = r.getLastEntry();
        if (entry != null && visit != null) {
            if (!entry.isBefore(visit)) {
                return Result.met("last entry on " + entry + ", on or after the latest visit on " + visit);
            }
            int lag = ctx.workingDays(entry, visit);
            String text = "last entry on " + entry + ", " + lag + " working days before the latest visit on " + visit
                    + " (limit " + limit + ")";
            return lag <= limit ? Result.met(text) : Result.notMet(text);
        }
        return Boolean.TRUE.equals(r.getUpToDate()) ? Result.met("record marked up to date")
                : Result.notMet("record marked not up to date");
    }

    // ---- SA-01 --------------------------------------------------------------------------------

    /** SA-01: the declared indicator is within tolerance points of the figure computed from case data. */
    public static Result indicatorAgreement(Figure f, Context ctx) {
        double tolerance = ctx.param("SA-01", "tolerance");
        double difference = Math.abs(f.computed() - f.declared());
        String text = "declared " + WorkforceChecks.number(f.declared()) + ", case data give "
                + WorkforceChecks.number(f.computed()) + " (difference " + WorkforceChecks.number(difference)
                + " points, tolerance " + WorkforceChecks.number(tolerance) + ")";
        // the figures carry one decimal: compare at that precision so 2.0000000001 is not over 2
        return Math.round(difference * 10) <= Math.round(tolerance * 10) ? Result.met(text) : Result.notMet(text);
    }
}
