package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Measure;
import org.childcare.compliance.model.Worker;
import org.childcare.compliance.model.WorkerRole;
import org.childcare.compliance.model.Workforce;

/**
 * Facts about the workforce for WF-01 to WF-06 (workforce.drl): who is in post, who holds cases as a
 * qualified social worker, who is newly qualified, the average caseload, the vacancy and turnover
 * figures, and the wording of findings. The rules decide what is met or breached; nothing here does.
 *
 * <p>A worker is in post on a day d when they had started by d ({@code started} ≤ d, or no start
 * date given: in post since before the period) and had not left ({@code left} null or after d), the
 * same reading as {@link Context#openOnAsAt}. A worker is in post during the window when that holds
 * on some day of it, as {@link Context#overlapsWindow} reads ongoing work.
 */
public final class WorkforceFacts {
    private WorkforceFacts() {}

    // ---- who is in post ----------------------------------------------------------------------

    /** @return true when the worker is in post on {@code day} */
    public static boolean inPostOn(Worker w, LocalDate day) {
        return (w.getStarted() == null || !w.getStarted().isAfter(day)) && (w.getLeft() == null || w.getLeft().isAfter(day));
    }

    /** @return true when the worker is in post on some day of the window */
    public static boolean inPostDuringWindow(Worker w, Context ctx) {
        return ctx.overlapsWindow(w.getStarted() == null ? LocalDate.MIN : w.getStarted(), w.getLeft());
    }

    // ---- who holds cases as a qualified social worker ----------------------------------------

    /**
     * Nothing rules the worker out of holding cases as a qualified social worker: the role, when
     * given, is social worker or advanced practitioner (not a manager, conference chair, IRO or an
     * unqualified role), and {@code qualified} is not false.
     */
    public static boolean caseHoldingRole(Worker w) {
        WorkerRole role = w.getRole();
        return !Boolean.FALSE.equals(w.getQualified())
                && (role == null || role == WorkerRole.SOCIAL_WORKER || role == WorkerRole.ADVANCED_PRACTITIONER);
    }

    /**
     * Something says whether the worker is qualified: {@code qualified}, {@code qualifiedOn}, or a
     * role (a social worker or advanced practitioner is qualified by role).
     */
    public static boolean qualificationRecorded(Worker w) {
        return w.getQualified() != null || w.getQualifiedOn() != null || w.getRole() != null;
    }

    /** A qualified social worker who holds cases: {@link #caseHoldingRole} and {@link #qualificationRecorded}. */
    public static boolean qualifiedSocialWorker(Worker w) {
        return caseHoldingRole(w) && qualificationRecorded(w);
    }

    /** WF-01's population: a qualified social worker in post on asAt whose caseload is given. */
    public static boolean caseHolding(Worker w, Context ctx) {
        return w.getCaseload() != null && qualifiedSocialWorker(w) && inPostOn(w, ctx.asAt());
    }

    /**
     * Newly qualified on {@code day}: in the first {@code months} months after {@code qualifiedOn},
     * that is qualifiedOn ≤ day &lt; qualifiedOn + months (calendar months, clamped to month end).
     */
    public static boolean newlyQualifiedOn(Worker w, LocalDate day, int months, Context ctx) {
        LocalDate q = w.getQualifiedOn();
        return q != null && !q.isAfter(day) && day.isBefore(ctx.plusMonths(q, months));
    }

    // ---- WF-01, WF-02 ---------------------------------------------------------------------------

    /** The mean caseload of WF-01's population (qualified case-holders in post on asAt), or NaN when it is empty. */
    public static double averageCaseload(Workforce wf, Context ctx) {
        long n = 0;
        double sum = 0;
        for (Worker w : wf.getWorkers()) {
            if (caseHolding(w, ctx)) {
                sum += w.getCaseload();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * WF-02's limit: {@code share} of the average caseload, rounded to six decimals so that
     * 0.9 × 20 is 18 and not 18.000000000000004 (a caseload is a whole number).
     */
    public static double protectedCaseloadLimit(Workforce wf, double share, Context ctx) {
        return Math.round(share * averageCaseload(wf, ctx) * 1e6) / 1e6;
    }

    /** e.g. "newly qualified (qualified on 2010-06-01) with a caseload of 19 against an average of 20 (limit 18, 90% of the average)" */
    public static String protectedCaseloadMessage(Worker w, Workforce wf, double share, Context ctx) {
        return "newly qualified (qualified on " + w.getQualifiedOn() + ") with a caseload of " + w.getCaseload()
                + " against an average of " + number(averageCaseload(wf, ctx)) + " (limit "
                + number(protectedCaseloadLimit(wf, share, ctx)) + ", " + number(share * 100) + "% of the average)";
    }

    // ---- WF-03 --------------------------------------------------------------------------------

    /** WF-03: vacancies as a percentage of the establishment (funded posts), which must be given and positive. */
    public static Measure vacancyRate(Workforce wf) {
        int establishment = wf.getEstablishment();
        int vacancies = wf.getVacancies();
        double rate = 100.0 * vacancies / establishment;
        return new Measure("WF-03", rate, establishment,
                vacancies + " vacancies in an establishment of " + establishment + " posts");
    }

    // ---- WF-04 --------------------------------------------------------------------------------

    /** The worker's role and time in post, for findings: "social-worker in post from 2009-09-01 to 2010-04-01". */
    public static String roleInPost(Worker w) {
        String role = w.getRole() == null ? "worker" : w.getRole().code();
        String when = w.getStarted() == null ? "" : " in post from " + w.getStarted();
        if (w.getLeft() != null) {
            when += (when.isEmpty() ? " in post" : "") + " to " + w.getLeft();
        }
        return role + when;
    }

    // ---- WF-05 --------------------------------------------------------------------------------

    /** @return true when any worker has a start or leaving date, so that turnover can be counted from the dates */
    public static boolean workerDatesRecorded(Workforce wf) {
        return wf.getWorkers().stream().anyMatch(w -> w.getStarted() != null || w.getLeft() != null);
    }

    /** The last day of the turnover period: the period end, or asAt when it comes earlier. */
    static LocalDate turnoverEnd(Context ctx) {
        return ctx.periodEnd().isAfter(ctx.asAt()) ? ctx.asAt() : ctx.periodEnd();
    }

    /** Workers of any role in post on the period's first day, those leaving that day included. */
    static long headcountAtStart(Workforce wf, Context ctx) {
        LocalDate from = ctx.periodStart();
        return wf.getWorkers().stream()
                .filter(w -> (w.getStarted() == null || !w.getStarted().isAfter(from)) && (w.getLeft() == null || !w.getLeft().isBefore(from)))
                .count();
    }

    /** Workers still in post after the last day of the turnover period ({@link #inPostOn}). */
    static long headcountAtEnd(Workforce wf, Context ctx) {
        LocalDate to = turnoverEnd(ctx);
        return wf.getWorkers().stream().filter(w -> inPostOn(w, to)).count();
    }

    /** Workers whose leaving date falls in the turnover period. */
    static long leavers(Workforce wf, Context ctx) {
        LocalDate from = ctx.periodStart();
        LocalDate to = turnoverEnd(ctx);
        return wf.getWorkers().stream()
                .filter(w -> w.getLeft() != null && !w.getLeft().isBefore(from) && !w.getLeft().isAfter(to)).count();
    }

    /** The mean of the headcounts at the start and the end of the turnover period. */
    public static double averageHeadcount(Workforce wf, Context ctx) {
        return (headcountAtStart(wf, ctx) + headcountAtEnd(wf, ctx)) / 2.0;
    }

    /**
     * WF-05 from the workers' dates: leavers in the period as a percentage of the average headcount
     * ({@link #averageHeadcount}, which must be positive). The period runs from {@code period.start}
     * to {@code period.end}, cut at asAt when asAt comes earlier; end = start + starters − leavers, and
     * a worker leaving on the first day is both counted at the start and a leaver.
     */
    public static Measure turnover(Workforce wf, Context ctx) {
        long atStart = headcountAtStart(wf, ctx);
        long atEnd = headcountAtEnd(wf, ctx);
        long leavers = leavers(wf, ctx);
        double average = (atStart + atEnd) / 2.0;
        LocalDate from = ctx.periodStart();
        LocalDate to = turnoverEnd(ctx);
        return new Measure("WF-05", 100.0 * leavers / average, Math.round(average),
                leavers + " leavers from " + from + " to " + to + " against an average headcount of " + number(average)
                        + " (" + atStart + " in post on " + from + ", " + atEnd + " on " + to + ")");
    }

    /** WF-05 without worker dates: the declared {@code workforce.turnoverPercent}, which must be given. */
    public static Measure declaredTurnover(Workforce wf) {
        List<Worker> workers = wf.getWorkers();
        long population = workers.isEmpty() && wf.getEstablishment() != null ? wf.getEstablishment() : workers.size();
        return new Measure("WF-05", wf.getTurnoverPercent(), population,
                "declared workforce.turnoverPercent (no worker start or leaving dates given)");
    }

    // ---- WF-06 --------------------------------------------------------------------------------

    /** The day from which an appraisal counts, and before which a worker must have started to be due: asAt − months. */
    public static LocalDate monthsBeforeAsAt(int months, Context ctx) {
        return ctx.plusMonths(ctx.asAt(), -months);
    }

    /** @return true when the record says the worker has had no appraisal ({@code appraisal: null}), not that it is unknown */
    public static boolean appraisalGivenAsNone(Worker w) {
        return w.getAppraisal() == null && w.isGivenNull("appraisal");
    }

    // ---- formatting ---------------------------------------------------------------------------

    /** One decimal, without a trailing ".0": 18, 16.2. */
    public static String number(double v) {
        double r = Math.round(v * 10.0) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    /** "1 month", "12 months". */
    public static String months(int n) {
        return n + (n == 1 ? " month" : " months");
    }
}
