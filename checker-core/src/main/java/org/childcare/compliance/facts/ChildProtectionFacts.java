package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.PlanContent;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Visit;
import org.childcare.compliance.model.Worker;

/**
 * Facts about child protection records for child-protection.drl (CP-01 to CP-13): dates, the plan
 * a child is on, earlier plans, whether a worker is in post, and the wording of findings. The rules
 * decide which records met the standard; nothing here returns met or breach.
 */
public final class ChildProtectionFacts {
    private ChildProtectionFacts() {}

    /** @return where a plan's record stops: its end when it ended by asAt, else asAt (for an age on the last day judged) */
    public static LocalDate stop(ProtectionPlan plan, Context ctx) {
        LocalDate end = plan.getEnd();
        return end == null || end.isAfter(ctx.asAt()) ? ctx.asAt() : end;
    }

    // ---------------------------------------------------------------- CP-03

    /**
     * CP-03's finding text for the intervals a rule found too long and the visits on which the child
     * was not seen, as the rule chose them: formatting only. {@code critical} is the critical limit,
     * marked on intervals over it while the plan is open.
     */
    public static String visitProblems(List<Interval> late, List<Visit> unseen, int max, int critical, boolean open) {
        List<String> problems = new ArrayList<>();
        for (Interval gap : sorted(late)) {
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
        List<Visit> sortedVisits = new ArrayList<>(unseen);
        sortedVisits.sort(Comparator.comparing(Visit::getDate));
        for (Visit v : sortedVisits) {
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

    // ---------------------------------------------------------------- CP-05

    /**
     * CP-05's finding text for the core group intervals a rule found too long: the first (from the
     * initial conference, in working days) or a later one (in calendar days against weeks).
     */
    public static String coreGroupProblems(List<Interval> late, int firstWorkingDays, int maxWeeks, boolean open) {
        List<String> problems = new ArrayList<>();
        for (Interval gap : sorted(late)) {
            String end = open ? "asAt " + gap.to() : "the plan's end on " + gap.to();
            if (gap.first() && !gap.tail()) {
                problems.add("first core group on " + gap.to() + ", " + workingDays(gap.workingDays())
                        + " after the initial conference on " + gap.from() + " (limit " + firstWorkingDays + ")");
            } else if (gap.first()) {
                problems.add("no core group " + workingDays(gap.workingDays()) + " after the initial conference on " + gap.from()
                        + " (to " + end + "; limit " + firstWorkingDays + ")");
            } else if (!gap.tail()) {
                problems.add("core groups " + gap.calendarDays() + " days apart, from " + gap.from() + " to " + gap.to()
                        + " (limit " + weeks(maxWeeks) + ")");
            } else {
                problems.add("no core group for " + gap.calendarDays() + " days from the last one on " + gap.from() + " to " + end
                        + " (limit " + weeks(maxWeeks) + ")");
            }
        }
        return String.join("; ", problems);
    }

    /** CP-05's text for a plan that met the standard. */
    public static String coreGroupsMet(IntervalWalk walk, int firstWorkingDays, int maxWeeks) {
        int n = walk.getEventCount();
        return n + (n == 1 ? " core group" : " core groups") + ", the first within " + firstWorkingDays
                + " working days of the initial conference and then at most " + maxWeeks + " weeks apart";
    }

    // ---------------------------------------------------------------- CP-06

    /**
     * CP-06's finding text for the review conference intervals a rule found too long, with the date
     * each review was due by (calendar months from the conference or the review before, clamped).
     */
    public static String reviewProblems(List<Interval> late, int firstMonths, int laterMonths, boolean open, Context ctx) {
        List<String> problems = new ArrayList<>();
        for (Interval gap : sorted(late)) {
            LocalDate due = reviewDueBy(gap, firstMonths, laterMonths, ctx);
            String since = gap.first() ? "the initial conference on " + gap.from() : "the review on " + gap.from();
            if (gap.tail()) {
                problems.add("no review conference by " + (open ? "asAt " : "the plan's end on ") + gap.to() + " since " + since
                        + ", due by " + due);
            } else if (gap.first()) {
                problems.add("first review conference on " + gap.to() + ", due by " + due + " (" + months(firstMonths)
                        + " after " + since + ")");
            } else {
                problems.add("review conference on " + gap.to() + ", due by " + due + " (" + months(laterMonths) + " after " + since + ")");
            }
        }
        return String.join("; ", problems);
    }

    /**
     * @return the last day the review closing {@code gap} was due: {@code firstMonths} calendar
     *     months after the initial conference for the first interval, {@code laterMonths} after the
     *     review before for later ones (clamped to the month's end: 31 Jan + 3 months = 30 Apr)
     */
    public static LocalDate reviewDueBy(Interval gap, int firstMonths, int laterMonths, Context ctx) {
        return ctx.plusMonths(gap.from(), gap.first() ? firstMonths : laterMonths);
    }

    /** CP-06's text for a plan that met the standard. */
    public static String reviewsMet(IntervalWalk walk) {
        int n = walk.getEventCount();
        return n + (n == 1 ? " review conference" : " review conferences") + ", each in time";
    }

    // ---------------------------------------------------------------- CP-07

    /** CP-07's text for an audit that found elements of the written plan missing: "timescales or contingency". */
    public static String notStated(PlanContent c) {
        List<String> missing = new ArrayList<>();
        addIfFalse(c.getOutcomes(), "outcomes", missing);
        addIfFalse(c.getResponsibilities(), "responsibilities", missing);
        addIfFalse(c.getTimescales(), "timescales", missing);
        addIfFalse(c.getContingency(), "contingency", missing);
        return "written plan does not state " + joinOr(missing);
    }

    // ---------------------------------------------------------------- CP-09

    /** CP-09's text for a conference where the family's or the partners' reports were recorded as not in time. */
    public static String reportProblems(Icpc icpc) {
        List<String> problems = new ArrayList<>();
        if (Boolean.FALSE.equals(icpc.getReportsSharedWithFamily())) {
            problems.add("the family did not have the report beforehand");
        }
        if (Boolean.FALSE.equals(icpc.getAgencyReportsOnTime())) {
            problems.add("partner agencies' reports were not on time");
        }
        return "initial conference on " + icpc.getDate() + ": " + String.join("; ", problems);
    }

    // ---------------------------------------------------------------- CP-10

    /** "once", "2 times". */
    public static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    // ---------------------------------------------------------------- CP-11

    /** @return how long a plan lasted, in words: "plan from 2009-06-15 to 2011-06-15 lasted 2 years" */
    public static String lasted(LocalDate start, LocalDate end) {
        return "plan from " + start + " to " + end + " lasted " + describe(Period.between(start, end));
    }

    /** A number of months in words for a finding: 24 → "two years", 30 → "30 months". */
    public static String monthsInWords(int months) {
        if (months > 0 && months % 12 == 0) {
            int years = months / 12;
            String[] words = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
            String number = years < words.length ? words[years] : String.valueOf(years);
            return number + (years == 1 ? " year" : " years");
        }
        return months(months);
    }

    // ---------------------------------------------------------------- CP-12

    /**
     * @return the child's plan that started before {@code plan} and ended last (one still open counts
     *     as ending last); null when the dated history shows no earlier plan. Plans without a start
     *     (or conference date) cannot be placed and are ignored.
     */
    public static ProtectionPlan previousPlan(Child child, ProtectionPlan plan) {
        LocalDate start = plan.getEffectiveStart();
        if (start == null) {
            return null;
        }
        ProtectionPlan last = null;
        for (ProtectionPlan p : child.getProtectionPlans()) {
            LocalDate s = p.getEffectiveStart();
            if (p == plan || s == null || !s.isBefore(start)) {
                continue;
            }
            if (last == null || endsLater(p, last)) {
                last = p;
            }
        }
        return last;
    }

    /** @return true when {@code previous} was still open on the day {@code plan} started */
    public static boolean stillOpenAt(ProtectionPlan previous, LocalDate start) {
        return previous.getEnd() == null || !previous.getEnd().isBefore(start);
    }

    /** "the previous plan P1 " or "the previous plan " when it has no id: for CP-12's findings. */
    public static String previousName(ProtectionPlan previous) {
        return "the previous plan " + (previous.getId() == null ? "" : previous.getId() + " ");
    }

    /** "1 year", "2 years". */
    public static String years(int n) {
        return n + (n == 1 ? " year" : " years");
    }

    /** "1 previous plan", "3 previous plans": for CP-12 when it is judged on the previousPlans count. */
    public static String previousPlans(int n) {
        return n + (n == 1 ? " previous plan" : " previous plans");
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
            LocalDate s = p.getEffectiveStart();
            if (s != null && ctx.openOnAsAt(s, p.getEnd()) && (current == null || s.isBefore(current.getEffectiveStart()))) {
                current = p;
            }
        }
        return current;
    }

    /** @return true when the worker had not left by asAt (a leaving date after asAt is still in post) */
    public static boolean inPost(Worker w, Context ctx) {
        return w.getLeft() == null || w.getLeft().isAfter(ctx.asAt());
    }

    // ---------------------------------------------------------------- wording

    /** "1 working day", "3 working days". */
    public static String workingDays(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }

    private static String months(int n) {
        return n + (n == 1 ? " month" : " months");
    }

    private static String weeks(int n) {
        return n + (n == 1 ? " week" : " weeks");
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

    private static List<Interval> sorted(List<Interval> intervals) {
        List<Interval> list = new ArrayList<>(intervals);
        list.sort(Comparator.comparing(Interval::from));
        return list;
    }

    private static void addIfFalse(Boolean value, String name, List<String> missing) {
        if (Boolean.FALSE.equals(value)) {
            missing.add(name);
        }
    }

    private static String joinOr(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
