package org.childcare.compliance.checks;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.facts.Interval;
import org.childcare.compliance.facts.IntervalWalk;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.ConferenceAttendance;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.PlanContent;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Visit;
import org.childcare.compliance.model.Worker;

/**
 * Interval walking and judgements for child protection (CP-03, CP-05, CP-06, CP-07, CP-11, CP-12,
 * CP-13), called from child-protection.drl. Each method judges one member of a criterion's
 * population and returns a {@link Verdict}, or null when the member is outside the population or its
 * record lacks the data to judge it.
 *
 * <p>The intervals follow criteria.md: an interval is judged when its later end falls inside the
 * window (gaps that ended before {@code period.start} are history); an open plan's last interval
 * runs to asAt, an ended plan's to its end; a plan with no event yet whose first deadline has not
 * passed by asAt is not yet due.
 */
public final class ChildProtectionChecks {
    private ChildProtectionChecks() {}

    /** @return the plan's start, else the date of its initial conference; null when neither is recorded */
    public static LocalDate planStart(ProtectionPlan plan) {
        if (plan.getStart() != null) {
            return plan.getStart();
        }
        return plan.getIcpc() == null ? null : plan.getIcpc().getDate();
    }

    /** @return the initial conference's date, else the plan's start: where core groups and reviews count from */
    public static LocalDate conferenceDate(ProtectionPlan plan) {
        if (plan.getIcpc() != null && plan.getIcpc().getDate() != null) {
            return plan.getIcpc().getDate();
        }
        return plan.getStart();
    }

    /** @return true when the plan is open on asAt (an end after asAt counts as open) */
    static boolean open(ProtectionPlan plan, Context ctx) {
        return plan.getEnd() == null || plan.getEnd().isAfter(ctx.asAt());
    }

    /** @return where the plan's last interval stops: asAt while it is open, else its end */
    static LocalDate stop(ProtectionPlan plan, Context ctx) {
        return open(plan, ctx) ? ctx.asAt() : plan.getEnd();
    }

    /** @return true when the plan (from its start or conference, to its end or open) overlaps the window */
    public static boolean overlapsWindow(ProtectionPlan plan, Context ctx) {
        return ctx.overlapsWindow(planStart(plan), plan.getEnd());
    }

    // ---------------------------------------------------------------- CP-02

    /** One agency's attendance at an initial conference (CP-02); {@code attended} is null when not recorded. */
    public record Attendance(String agency, String label, Boolean attended) {}

    /** CP-02's agencies, in the format's order. */
    public static List<Attendance> attendance(ConferenceAttendance a) {
        return List.of(new Attendance("gp", "the GP", a.getGp()), new Attendance("police", "the police", a.getPolice()),
                new Attendance("school", "the school", a.getSchool()), new Attendance("health", "health services", a.getHealth()));
    }

    // ---------------------------------------------------------------- CP-03

    /**
     * CP-03: the plan's visits never left a gap over {@code maxIntervalWorkingDays} (plan start to
     * the first visit, between visits, the last visit to the end or, while open, to asAt) and the
     * child was seen on every visit in the window. A gap over {@code criticalIntervalWorkingDays} on
     * a plan open on asAt (the current gap or any earlier one) is a critical finding: the child is
     * still on the plan (grading.md). Null for a plan with no start, or one that ended before its
     * first visit was due without one.
     */
    public static Verdict visits(ProtectionPlan plan, Context ctx) {
        LocalDate start = planStart(plan);
        if (start == null) {
            return null;
        }
        int max = ctx.intParam("CP-03", "maxIntervalWorkingDays");
        int crit = ctx.intParam("CP-03", "criticalIntervalWorkingDays");
        boolean open = open(plan, ctx);
        LocalDate stop = stop(plan, ctx);
        List<Visit> visits = new ArrayList<>();
        for (Visit v : plan.getVisits()) {
            if (v.getDate() != null && !v.getDate().isBefore(start) && !v.getDate().isAfter(stop)) {
                visits.add(v);
            }
        }
        visits.sort(Comparator.comparing(Visit::getDate));
        List<String> problems = new ArrayList<>();
        boolean critical = false;
        int longest = 0;
        LocalDate previous = start;
        for (Visit v : visits) {
            LocalDate date = v.getDate();
            if (!date.isBefore(ctx.periodStart())) {
                int gap = ctx.workingDays(previous, date);
                longest = Math.max(longest, gap);
                if (gap > max) {
                    boolean isCritical = open && gap > crit;
                    critical |= isCritical;
                    problems.add((visits.get(0) == v
                            ? "first visit on " + date + ", " + workingDays(gap) + " after the plan started on " + start
                            : "visit gap of " + workingDays(gap) + " from " + previous + " to " + date)
                            + limit(max, isCritical ? crit : -1));
                }
                if (Boolean.FALSE.equals(v.getSeen())) {
                    problems.add("child not seen on the visit of " + date);
                }
            }
            previous = date;
        }
        int tail = ctx.workingDays(previous, stop);
        if (visits.isEmpty() && tail <= max) {
            return open ? Verdict.notYetDue("plan started " + start + ", no visit yet: first visit due by " + ctx.addWorkingDays(start, max))
                    : null;
        }
        longest = Math.max(longest, tail);
        if (tail > max) {
            boolean isCritical = open && tail > crit;
            critical |= isCritical;
            String from = visits.isEmpty() ? "the plan's start on " + start : "the last visit on " + previous;
            problems.add((open ? "no visit for " + workingDays(tail) + " from " + from + " to asAt " + stop
                    : "no visit for " + workingDays(tail) + " from " + from + " to the plan's end on " + stop)
                    + limit(max, isCritical ? crit : -1));
        }
        if (problems.isEmpty()) {
            return Verdict.met(visits.size() + (visits.size() == 1 ? " visit" : " visits") + ", never more than "
                    + workingDays(longest) + " apart (limit " + max + ")");
        }
        Verdict v = Verdict.notMet(String.join("; ", problems));
        return critical ? new Verdict(v.status(), true, v.message()) : v;
    }

    /**
     * CP-03's finding text for the intervals a rule found too long and the visits on which the child
     * was not seen, as the rule chose them: formatting only. {@code critical} is the critical limit,
     * marked on intervals over it while the plan is open.
     */
    public static String visitProblems(List<Interval> late, List<Visit> unseen, int max, int critical, boolean open) {
        List<String> problems = new ArrayList<>();
        for (Interval gap : late) {
            boolean isCritical = open && gap.workingDays() > critical;
            String text;
            if (gap.first() && !gap.tail()) {
                text = "first visit on " + gap.to() + ", " + workingDays(gap.workingDays()) + " after the plan started on " + gap.from();
            } else if (!gap.tail()) {
                text = "visit gap of " + workingDays(gap.workingDays()) + " from " + gap.from() + " to " + gap.to();
            } else {
                String from = gap.first() ? "the plan's start on " + gap.from() : "the last visit on " + gap.from();
                text = "no visit for " + workingDays(gap.workingDays()) + " from " + from
                        + (open ? " to asAt " + gap.to() : " to the plan's end on " + gap.to());
            }
            problems.add(text + limit(max, isCritical ? critical : -1));
        }
        List<Visit> sorted = new ArrayList<>(unseen);
        sorted.sort(Comparator.comparing(Visit::getDate));
        for (Visit v : sorted) {
            problems.add("child not seen on the visit of " + v.getDate());
        }
        // the order the walk met them in: gaps by date, then visits not seen
        return String.join("; ", problems);
    }

    /** CP-03's text for a plan that met the standard. */
    public static String visitsMet(IntervalWalk walk, int max) {
        int n = walk.getEventCount();
        return n + (n == 1 ? " visit" : " visits") + ", never more than " + workingDays(walk.getLongestWorkingDays())
                + " apart (limit " + max + ")";
    }

    private static String limit(int max, int critical) {
        return critical < 0 ? " (limit " + max + ")" : " (limit " + max + ", critical over " + critical + ")";
    }

    // ---------------------------------------------------------------- CP-04

    /** @return whether the child was seen alone on a visit: false when not seen at all, null when not recorded */
    public static Boolean seenAlone(Visit v) {
        if (v.getSeenAlone() != null) {
            return v.getSeenAlone();
        }
        return Boolean.FALSE.equals(v.getSeen()) ? Boolean.FALSE : null;
    }

    // ---------------------------------------------------------------- CP-05

    /**
     * CP-05: the first core group within {@code firstWorkingDays} of the initial conference, later
     * ones at most {@code maxIntervalWeeks} apart, and (while open) the last one no longer ago than
     * that on asAt. Null for a plan without a conference date, or one that ended before its first core
     * group was due without one.
     */
    public static Verdict coreGroups(ProtectionPlan plan, Context ctx) {
        LocalDate conference = conferenceDate(plan);
        if (conference == null) {
            return null;
        }
        int first = ctx.intParam("CP-05", "firstWorkingDays");
        int weeks = ctx.intParam("CP-05", "maxIntervalWeeks");
        boolean open = open(plan, ctx);
        LocalDate stop = stop(plan, ctx);
        List<LocalDate> meetings = within(plan.getCoreGroups(), conference, stop);
        List<String> problems = new ArrayList<>();
        LocalDate previous = conference;
        boolean firstMeeting = true;
        for (LocalDate date : meetings) {
            if (!date.isBefore(ctx.periodStart())) {
                if (firstMeeting) {
                    int days = ctx.workingDays(conference, date);
                    if (days > first) {
                        problems.add("first core group on " + date + ", " + workingDays(days) + " after the initial conference on "
                                + conference + " (limit " + first + ")");
                    }
                } else if (date.isAfter(previous.plusWeeks(weeks))) {
                    problems.add("core groups " + ctx.days(previous, date) + " days apart, from " + previous + " to " + date
                            + " (limit " + weeks + " weeks)");
                }
            }
            previous = date;
            firstMeeting = false;
        }
        String end = open ? "asAt " + stop : "the plan's end on " + stop;
        if (meetings.isEmpty()) {
            int days = ctx.workingDays(conference, stop);
            if (days <= first) {
                return open ? Verdict.notYetDue("initial conference on " + conference + ", first core group due by "
                        + ctx.addWorkingDays(conference, first)) : null;
            }
            problems.add("no core group " + workingDays(days) + " after the initial conference on " + conference + " (to " + end
                    + "; limit " + first + ")");
        } else if (stop.isAfter(previous.plusWeeks(weeks))) {
            problems.add("no core group for " + ctx.days(previous, stop) + " days from the last one on " + previous + " to " + end
                    + " (limit " + weeks + " weeks)");
        }
        if (problems.isEmpty()) {
            return Verdict.met(meetings.size() + (meetings.size() == 1 ? " core group" : " core groups")
                    + ", the first within " + first + " working days of the initial conference and then at most " + weeks + " weeks apart");
        }
        return Verdict.notMet(String.join("; ", problems));
    }

    // ---------------------------------------------------------------- CP-06

    /**
     * CP-06: the first review conference within {@code firstMonths} of the initial conference, later
     * ones within {@code laterMonths} of the one before, and (while open) none overdue on asAt.
     * Calendar months, clamped to month end. Null for a plan without a conference date, or one that
     * ended before its first review was due without one.
     */
    public static Verdict reviews(ProtectionPlan plan, Context ctx) {
        LocalDate conference = conferenceDate(plan);
        if (conference == null) {
            return null;
        }
        int firstMonths = ctx.intParam("CP-06", "firstMonths");
        int laterMonths = ctx.intParam("CP-06", "laterMonths");
        boolean open = open(plan, ctx);
        LocalDate stop = stop(plan, ctx);
        List<LocalDate> reviews = within(plan.getReviewConferences(), conference, stop);
        List<String> problems = new ArrayList<>();
        LocalDate previous = conference;
        boolean firstReview = true;
        LocalDate due = ctx.plusMonths(conference, firstMonths);
        for (LocalDate date : reviews) {
            if (!date.isBefore(ctx.periodStart()) && date.isAfter(due)) {
                problems.add(firstReview
                        ? "first review conference on " + date + ", due by " + due + " (" + months(firstMonths)
                                + " after the initial conference on " + conference + ")"
                        : "review conference on " + date + ", due by " + due + " (" + months(laterMonths)
                                + " after the review on " + previous + ")");
            }
            previous = date;
            firstReview = false;
            due = ctx.plusMonths(date, laterMonths);
        }
        if (reviews.isEmpty() && !stop.isAfter(due)) {
            return open ? Verdict.notYetDue("initial conference on " + conference + ", first review due by " + due) : null;
        }
        if (stop.isAfter(due)) {
            String since = firstReview ? "the initial conference on " + conference : "the review on " + previous;
            problems.add("no review conference by " + (open ? "asAt " + stop : "the plan's end on " + stop) + " since " + since
                    + ", due by " + due);
        }
        if (problems.isEmpty()) {
            return Verdict.met(reviews.size() + (reviews.size() == 1 ? " review conference" : " review conferences") + ", each in time");
        }
        return Verdict.notMet(String.join("; ", problems));
    }

    // ---------------------------------------------------------------- CP-07

    /**
     * CP-07: the written plan states outcomes, responsibilities, timescales and contingency. Not met
     * when the audit found any of them missing; null when it recorded none missing but not all four.
     */
    public static Verdict content(PlanContent c) {
        List<String> missing = new ArrayList<>();
        int recorded = 0;
        recorded += element(c.getOutcomes(), "outcomes", missing);
        recorded += element(c.getResponsibilities(), "responsibilities", missing);
        recorded += element(c.getTimescales(), "timescales", missing);
        recorded += element(c.getContingency(), "contingency", missing);
        if (!missing.isEmpty()) {
            return Verdict.notMet("written plan does not state " + joinAnd(missing));
        }
        return recorded == 4 ? Verdict.met("written plan states outcomes, responsibilities, timescales and contingency") : null;
    }

    private static int element(Boolean value, String name, List<String> missing) {
        if (value == null) {
            return 0;
        }
        if (!value) {
            missing.add(name);
        }
        return 1;
    }

    // ---------------------------------------------------------------- CP-09

    /**
     * CP-09: the family had the conference report beforehand and partner agencies' reports arrived
     * on time. Not met when either is recorded false; null when neither is false but one is not recorded.
     */
    public static Verdict reports(Icpc icpc) {
        Boolean family = icpc.getReportsSharedWithFamily();
        Boolean partners = icpc.getAgencyReportsOnTime();
        String on = "initial conference on " + icpc.getDate();
        List<String> problems = new ArrayList<>();
        if (Boolean.FALSE.equals(family)) {
            problems.add("the family did not have the report beforehand");
        }
        if (Boolean.FALSE.equals(partners)) {
            problems.add("partner agencies' reports were not on time");
        }
        if (!problems.isEmpty()) {
            return Verdict.notMet(on + ": " + String.join("; ", problems));
        }
        if (family == null || partners == null) {
            return null;
        }
        return Verdict.met(on + ": the family had the report beforehand and partner reports were on time");
    }

    // ---------------------------------------------------------------- CP-11

    /** CP-11: whether a plan that ended lasted less than two years (met) or two years or more. Null without a start. */
    public static Verdict duration(ProtectionPlan plan, Context ctx) {
        LocalDate start = planStart(plan);
        LocalDate end = plan.getEnd();
        if (start == null || end == null) {
            return null;
        }
        boolean twoYears = !end.isBefore(ctx.plusMonths(start, 24));
        String lasted = "plan from " + start + " to " + end + " lasted " + describe(Period.between(start, end));
        return twoYears ? Verdict.notMet(lasted + " (two years or more)") : Verdict.met(lasted);
    }

    // ---------------------------------------------------------------- CP-12

    /**
     * CP-12: whether a plan is the child's first (met) or a second or later one: the child had an
     * earlier plan, and with {@code windowYears} over 0 the last one ended at most that many years
     * before this one started (an earlier plan still open counts). Null without a start.
     */
    public static Verdict repeatPlan(Child child, ProtectionPlan plan, Context ctx) {
        LocalDate start = planStart(plan);
        if (start == null) {
            return null;
        }
        int windowYears = ctx.intParam("CP-12", "windowYears");
        ProtectionPlan last = null;
        for (ProtectionPlan p : child.getProtectionPlans()) {
            LocalDate s = planStart(p);
            if (p == plan || s == null || !s.isBefore(start)) {
                continue;
            }
            if (last == null || endsLater(p, last)) {
                last = p;
            }
        }
        String started = "plan started " + start;
        if (last == null) {
            return Verdict.met(started + ", the child's first recorded plan");
        }
        String previous = "previous plan " + (last.getId() == null ? "" : last.getId() + " ");
        if (last.getEnd() == null || !last.getEnd().isBefore(start)) {
            return Verdict.notMet(started + ", a second or later plan: the " + previous + "was still open");
        }
        if (windowYears > 0 && start.isAfter(ctx.plusMonths(last.getEnd(), 12 * windowYears))) {
            return Verdict.met(started + ", more than " + windowYears + (windowYears == 1 ? " year" : " years") + " after the "
                    + previous + "ended on " + last.getEnd());
        }
        return Verdict.notMet(started + ", a second or later plan: the " + previous + "ended on " + last.getEnd());
    }

    private static boolean endsLater(ProtectionPlan a, ProtectionPlan b) {
        if (b.getEnd() == null) {
            return false;
        }
        return a.getEnd() == null || a.getEnd().isAfter(b.getEnd());
    }

    // ---------------------------------------------------------------- CP-13

    /** @return the child's plan open on asAt (the earliest started, if several), or null */
    public static ProtectionPlan currentPlan(Child child, Context ctx) {
        ProtectionPlan current = null;
        for (ProtectionPlan p : child.getProtectionPlans()) {
            LocalDate s = planStart(p);
            if (s != null && ctx.openOnAsAt(s, p.getEnd()) && (current == null || s.isBefore(planStart(current)))) {
                current = p;
            }
        }
        return current;
    }

    /**
     * CP-13: a child on a plan on asAt is allocated to a qualified social worker in post. Every
     * failure is critical: an unallocated child on a plan is a possible risk now (grading.md).
     */
    public static Verdict allocation(Child child, ProtectionPlan plan, Context ctx) {
        String on = "on plan " + plan.getId() + " on asAt " + ctx.asAt();
        String id = child.getAllocatedWorker();
        Worker w = ctx.worker(id);
        String problem;
        if (id == null) {
            problem = on + " and not allocated to a social worker";
        } else if (w == null) {
            problem = on + " and allocated to " + id + ", who is not in the workforce list";
        } else if (w.getLeft() != null && !w.getLeft().isAfter(ctx.asAt())) {
            problem = on + " and allocated to " + id + ", who left on " + w.getLeft();
        } else if (!Boolean.TRUE.equals(ContactReferralAssessmentChecks.qualified(w))) {
            problem = on + " and allocated to " + id + ", who is not a qualified social worker";
        } else {
            return Verdict.met(on + ", allocated to " + id + ", a qualified social worker");
        }
        return new Verdict(Outcome.Status.NOT_MET, true, problem);
    }

    // ---------------------------------------------------------------- helpers

    /** The dates from {@code from} to {@code to} inclusive, sorted; nulls dropped. */
    private static List<LocalDate> within(List<LocalDate> dates, LocalDate from, LocalDate to) {
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate d : dates) {
            if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
                result.add(d);
            }
        }
        result.sort(null);
        return result;
    }

    static String workingDays(int n) {
        return ContactReferralAssessmentChecks.workingDays(n);
    }

    private static String months(int n) {
        return n + (n == 1 ? " month" : " months");
    }

    /** "2 years 2 months", "1 year", "11 months 3 days". */
    static String describe(Period p) {
        List<String> parts = new ArrayList<>();
        if (p.getYears() > 0) {
            parts.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
        }
        if (p.getMonths() > 0) {
            parts.add(p.getMonths() + (p.getMonths() == 1 ? " month" : " months"));
        }
        if (p.getDays() > 0 || parts.isEmpty()) {
            parts.add(p.getDays() + (p.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" ", parts);
    }

    private static String joinAnd(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
