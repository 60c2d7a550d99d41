package org.childcare.compliance.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Measure;
import org.childcare.compliance.model.Worker;
import org.childcare.compliance.model.WorkerRole;
import org.childcare.compliance.model.Workforce;

/**
 * Workforce criteria WF-01 to WF-06 (workforce.drl): who is in post, caseloads, newly qualified
 * workers, vacancy, agency and turnover rates, appraisals.
 *
 * <p>A worker is in post on a day d when they had started by d ({@code started} ≤ d, or no start
 * date given: in post since before the period) and had not left ({@code left} null or after d), the
 * same reading as {@link Context#openOnAsAt}. A worker is in post during the window when that holds
 * on some day of it, as {@link Context#overlapsWindow} reads ongoing work.
 */
public final class WorkforceChecks {
    private WorkforceChecks() {}

    // ---- who is in post ----------------------------------------------------------------------

    /** @return true when the worker is in post on {@code day} */
    public static boolean inPostOn(Worker w, LocalDate day) {
        return (w.getStarted() == null || !w.getStarted().isAfter(day)) && (w.getLeft() == null || w.getLeft().isAfter(day));
    }

    /**
     * @return true when the workforce records supervision for at least one worker: otherwise the
     *     section was not filled in, which is insufficient evidence rather than a breach by everyone
     */
    public static boolean recordsSupervision(Workforce workforce) {
        return workforce.getWorkers().stream().anyMatch(w -> !w.getSupervision().isEmpty());
    }

    /** @return true when the workforce records an appraisal for at least one worker (as {@link #recordsSupervision}) */
    public static boolean recordsAppraisals(Workforce workforce) {
        return workforce.getWorkers().stream().anyMatch(w -> w.getAppraisal() != null);
    }

    /** @return true when the worker is in post on some day of the window */
    public static boolean inPostDuringWindow(Worker w, Context ctx) {
        return ctx.overlapsWindow(w.getStarted() == null ? LocalDate.MIN : w.getStarted(), w.getLeft());
    }

    /**
     * A qualified social worker who holds cases: qualified (or qualifiedOn given, or the role says
     * social worker or advanced practitioner and qualified is not false), and not in a managing or
     * independent role (team manager, conference chair, IRO) or an unqualified one.
     */
    public static boolean qualifiedSocialWorker(Worker w) {
        WorkerRole role = w.getRole();
        if (Boolean.FALSE.equals(w.getQualified())) {
            return false;
        }
        if (role != null && role != WorkerRole.SOCIAL_WORKER && role != WorkerRole.ADVANCED_PRACTITIONER) {
            return false;
        }
        return Boolean.TRUE.equals(w.getQualified()) || w.getQualifiedOn() != null || role != null;
    }

    /** WF-01's population: a qualified social worker in post on asAt whose caseload is given. */
    public static boolean caseHolding(Worker w, Context ctx) {
        return w.getCaseload() != null && qualifiedSocialWorker(w) && inPostOn(w, ctx.asAt());
    }

    /**
     * Newly qualified on {@code day}: in the first 12 months after {@code qualifiedOn}, that is
     * qualifiedOn ≤ day < qualifiedOn + 12 months.
     */
    public static boolean newlyQualifiedOn(Worker w, LocalDate day, Context ctx) {
        LocalDate q = w.getQualifiedOn();
        return q != null && !q.isAfter(day) && day.isBefore(ctx.plusMonths(q, 12));
    }

    // ---- WF-01 --------------------------------------------------------------------------------

    /** WF-01: one worker's caseload against maxCaseload (the mean of the caseloads is the measure). */
    public static SubjectResult caseload(Worker w, Context ctx) {
        int limit = ctx.intParam("WF-01", "maxCaseload");
        int caseload = w.getCaseload();
        String text = "caseload of " + caseload + " on " + ctx.asAt() + " (limit " + limit + ")";
        return caseload <= limit ? SubjectResult.met(text) : SubjectResult.notMet(text);
    }

    /** The mean caseload of WF-01's population, or NaN when it is empty. */
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

    // ---- WF-02 --------------------------------------------------------------------------------

    /** WF-02's population: a case-holding qualified social worker newly qualified on asAt. */
    public static boolean newlyQualifiedCaseHolder(Worker w, Context ctx) {
        return caseHolding(w, ctx) && newlyQualifiedOn(w, ctx.asAt(), ctx);
    }

    /**
     * WF-02: a newly qualified worker's caseload is at most protectedShare of the average caseload
     * of all qualified social workers in post on asAt (WF-01's population, themselves included).
     */
    public static SubjectResult protectedCaseload(Worker w, Workforce wf, Context ctx) {
        double share = ctx.param("WF-02", "protectedShare");
        double average = averageCaseload(wf, ctx);
        double limit = share * average;
        int caseload = w.getCaseload();
        String text = "newly qualified (qualified on " + w.getQualifiedOn() + ") with a caseload of " + caseload
                + " against an average of " + number(average) + " (limit " + number(limit) + ", " + percent(share)
                + " of the average)";
        // a tiny tolerance keeps 0.9 × 20 = 18 from failing 18 on floating point
        return caseload <= limit + 1e-9 ? SubjectResult.met(text) : SubjectResult.notMet(text);
    }

    // ---- WF-03 --------------------------------------------------------------------------------

    /** WF-03: vacancies as a percentage of the establishment (funded posts). */
    public static Measure vacancyRate(Workforce wf) {
        int establishment = wf.getEstablishment();
        int vacancies = wf.getVacancies();
        double rate = 100.0 * vacancies / establishment;
        return new Measure("WF-03", rate, establishment,
                vacancies + " vacancies in an establishment of " + establishment + " posts");
    }

    // ---- WF-04 --------------------------------------------------------------------------------

    /** WF-04: met when the worker is not agency staff (the measure is the share not met). */
    public static SubjectResult agency(Worker w, Context ctx) {
        String role = w.getRole() == null ? "worker" : w.getRole().code();
        String when = w.getStarted() == null ? "" : " in post from " + w.getStarted();
        if (w.getLeft() != null) {
            when += (when.isEmpty() ? " in post" : "") + " to " + w.getLeft();
        }
        return Boolean.TRUE.equals(w.getAgency()) ? SubjectResult.notMet("agency " + role + when)
                : SubjectResult.met("permanent " + role + when);
    }

    // ---- WF-05 --------------------------------------------------------------------------------

    /**
     * WF-05: leavers in the period as a percentage of the average headcount, from the workers'
     * {@code started} and {@code left} dates when any worker has one; else the declared
     * {@code workforce.turnoverPercent}; else null (insufficient evidence).
     *
     * <p>The period runs from {@code period.start} to {@code period.end}, cut at asAt when asAt comes
     * earlier. The average headcount is the mean of the headcount at the start (workers of any role
     * in post on the first day, those leaving that day included) and at the end (still in post after
     * the last day, as {@link #inPostOn}); a leaver is a worker whose {@code left} date falls in the
     * period. So end = start + starters − leavers, and a worker leaving on the first day is both
     * counted at the start and a leaver.
     */
    public static Measure turnover(Workforce wf, Context ctx) {
        List<Worker> workers = wf.getWorkers();
        boolean dated = workers.stream().anyMatch(w -> w.getStarted() != null || w.getLeft() != null);
        if (!dated) {
            if (wf.getTurnoverPercent() == null) {
                return null;
            }
            long population = workers.isEmpty() && wf.getEstablishment() != null ? wf.getEstablishment() : workers.size();
            return new Measure("WF-05", wf.getTurnoverPercent(), population,
                    "declared workforce.turnoverPercent (no worker start or leaving dates given)");
        }
        LocalDate from = ctx.periodStart();
        LocalDate to = ctx.periodEnd().isAfter(ctx.asAt()) ? ctx.asAt() : ctx.periodEnd();
        long atStart = 0;
        long atEnd = 0;
        long leavers = 0;
        for (Worker w : workers) {
            if ((w.getStarted() == null || !w.getStarted().isAfter(from)) && (w.getLeft() == null || !w.getLeft().isBefore(from))) {
                atStart++;
            }
            if (inPostOn(w, to)) {
                atEnd++;
            }
            if (w.getLeft() != null && !w.getLeft().isBefore(from) && !w.getLeft().isAfter(to)) {
                leavers++;
            }
        }
        double average = (atStart + atEnd) / 2.0;
        if (average == 0) {
            return null;
        }
        return new Measure("WF-05", 100.0 * leavers / average, Math.round(average),
                leavers + " leavers from " + from + " to " + to + " against an average headcount of " + number(average)
                        + " (" + atStart + " in post on " + from + ", " + atEnd + " on " + to + ")");
    }

    // ---- WF-06 --------------------------------------------------------------------------------

    /** WF-06's population: a worker in post on asAt whose start date is known. */
    public static boolean appraisalDue(Worker w, Context ctx) {
        return w.getStarted() != null && inPostOn(w, ctx.asAt());
    }

    /**
     * WF-06: a worker in post 12 months or more on asAt (started on or before asAt − 12 months) with
     * an appraisal in the 12 months before asAt (on or after asAt − 12 months). Workers in post less
     * than 12 months are not yet due.
     */
    public static SubjectResult appraisal(Worker w, Context ctx) {
        LocalDate yearAgo = ctx.plusMonths(ctx.asAt(), -12);
        if (w.getStarted().isAfter(yearAgo)) {
            return SubjectResult.notYetDue("in post since " + w.getStarted() + ", less than 12 months on " + ctx.asAt());
        }
        LocalDate a = w.getAppraisal();
        if (a == null) {
            return SubjectResult.notMet("no appraisal recorded, in post since " + w.getStarted() + " (due at least every 12 months)");
        }
        if (a.isBefore(yearAgo)) {
            return SubjectResult.notMet("last appraisal on " + a + ", more than 12 months before " + ctx.asAt());
        }
        return SubjectResult.met("appraisal on " + a + ", within 12 months of " + ctx.asAt());
    }

    // ---- formatting ---------------------------------------------------------------------------

    /** One decimal, without a trailing ".0": 18, 16.2. */
    static String number(double v) {
        double r = Math.round(v * 10.0) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private static String percent(double share) {
        return number(share * 100) + "%";
    }
}
