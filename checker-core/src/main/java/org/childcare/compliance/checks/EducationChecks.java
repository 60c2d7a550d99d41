package org.childcare.compliance.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.EducationPlan;
import org.childcare.compliance.model.Located;

/**
 * Date arithmetic of the education criteria (education.drl).
 *
 * <p>School age is 5 to 15 years old on the relevant date: from the 5th birthday to the day before
 * the 16th (compulsory school age, approximated by birthdays rather than school terms). For
 * personal education plans (EDU-01) the relevant date is the day each plan falls due; for the
 * annual counts of school days missed and exclusions (EDU-03, EDU-04) it is {@code period.start},
 * the start of the year the counts cover.
 */
public final class EducationChecks {
    private EducationChecks() {}

    /** @return true when the child is 5 to 15 years old on {@code date} (false when the age is unknown) */
    public static boolean schoolAge(Child child, LocalDate date) {
        int age = child.ageOn(date);
        return age >= 5 && age <= 15;
    }

    /**
     * EDU-01, per care episode: a personal education plan is needed while the child is both looked
     * after and of school age. The first is due within {@code initialWorkingDays} working days of
     * the later of the episode start and the 5th birthday (by the first review); each next one at
     * most {@code reviewMaxDays} calendar days after the last, including the open tail to asAt (or
     * to the episode's end). A deadline is judged when it falls before the 16th birthday and the
     * plan that met or missed it (or the end of the tail) is inside the window. An episode of a
     * child of unknown age, or never of school age while looked after up to asAt, is left out.
     */
    public static Result personalEducationPlans(Child child, CareEpisode episode, Context ctx) {
        LocalDate born = child.effectiveDateOfBirth();
        if (born == null || episode.getStart() == null) {
            return Result.none();
        }
        int initial = ctx.intParam("EDU-01", "initialWorkingDays");
        int maxDays = ctx.intParam("EDU-01", "reviewMaxDays");
        LocalDate fifth = born.plusYears(5);
        LocalDate sixteenth = born.plusYears(16);
        boolean open = episode.getEnd() == null || episode.getEnd().isAfter(ctx.asAt());
        LocalDate until = open ? ctx.asAt() : episode.getEnd();
        LocalDate from = episode.getStart().isBefore(fifth) ? fifth : episode.getStart();
        String fromText = from.equals(episode.getStart()) ? "the episode started on " + from : "the child turned 5 on " + from;
        if (from.isAfter(until)) {
            return Result.none();
        }
        LocalDate initialDue = ctx.addWorkingDays(from, initial);
        List<EducationPlan> plans = episode.getPersonalEducationPlans().stream()
                .filter(p -> p.getDate() != null && !p.getDate().isAfter(until))
                .sorted(Comparator.comparing(EducationPlan::getDate)).toList();
        List<String> breaches = new ArrayList<>();
        Located breachWhere = null;
        boolean judged = false;
        EducationPlan last = null;
        for (EducationPlan plan : plans) {
            LocalDate due = due(last, from, initialDue, maxDays);
            boolean required = !plan.getDate().isBefore(from) && due.isBefore(sixteenth);
            if (required && ctx.inWindow(plan.getDate())) {
                judged = true;
                if (late(last, plan.getDate(), from, initial, maxDays, ctx)) {
                    breaches.add(last == null
                            ? "first personal education plan on " + plan.getDate() + ", " + ctx.workingDays(from, plan.getDate())
                                    + " working days after " + fromText + " (limit " + initial + ")"
                            : "personal education plans on " + last.getDate() + " and " + plan.getDate() + " are "
                                    + ctx.days(last.getDate(), plan.getDate()) + " days apart (limit " + maxDays + ")");
                    if (breachWhere == null) {
                        breachWhere = plan;
                    }
                }
            }
            last = plan;
        }
        LocalDate due = due(last, from, initialDue, maxDays);
        boolean tailRequired = due.isBefore(sixteenth);
        if (tailRequired && late(last, until, from, initial, maxDays, ctx)) {
            String to = open ? "asAt " + until : "the end of the episode on " + until;
            breaches.add(last == null
                    ? (open ? "no personal education plan " + ctx.workingDays(from, until) + " working days after " + fromText
                            : "no personal education plan by " + to + ", " + ctx.workingDays(from, until)
                                    + " working days after " + fromText) + " (limit " + initial + ")"
                    : "no personal education plan since " + last.getDate() + ": " + ctx.days(last.getDate(), until)
                            + " days to " + to + " (limit " + maxDays + ")");
            if (breachWhere == null) {
                breachWhere = episode;
            }
        }
        if (!breaches.isEmpty()) {
            String more = breaches.size() == 1 ? "" : "; " + (breaches.size() - 1) + (breaches.size() == 2 ? " more gap" : " more gaps") + " over the limit";
            return Result.of(false, breaches.get(0) + more, breachWhere, episode.getId());
        }
        if (judged || (last != null && tailRequired)) {
            return Result.of(true, "personal education plans on time; last on " + last.getDate()
                    + (tailRequired ? ", next due by " + due : ""), last, episode.getId());
        }
        if (last == null && tailRequired && open) {
            return Result.notYetDue("first personal education plan due by " + due + " (" + fromText + ")", episode,
                    episode.getId());
        }
        return Result.none();
    }

    /**
     * Whether a plan on {@code day} (or none by {@code day}) is late: the first beyond {@code
     * initial} working days of {@code from} (counted, so a weekend after the last working day is
     * still in time), a later one more than {@code maxDays} after the last.
     */
    private static boolean late(EducationPlan last, LocalDate day, LocalDate from, int initial, int maxDays, Context ctx) {
        boolean lateFirst = ctx.workingDays(from, day) > initial;
        if (last == null) {
            return lateFirst;
        }
        boolean lateReview = ctx.days(last.getDate(), day) > maxDays;
        return last.getDate().isBefore(from) ? lateReview && lateFirst : lateReview;
    }

    private static LocalDate due(EducationPlan last, LocalDate from, LocalDate initialDue, int maxDays) {
        if (last == null) {
            return initialDue;
        }
        LocalDate next = last.getDate().plusDays(maxDays);
        // a plan made before the requirement began (before the 5th birthday): the later deadline holds
        return last.getDate().isBefore(from) && initialDue.isAfter(next) ? initialDue : next;
    }

    /**
     * EDU-03, per school-age child (5 to 15 on {@code period.start}): school days missed, summed over
     * the child's episodes that overlap the period and record it, at most {@code maxDays}. Met means
     * the good thing (no more than the limit); the criterion's measure is the share not met. Left
     * out when no such episode records the count.
     */
    public static Result schoolDaysMissed(Child child, Context ctx) {
        List<CareEpisode> counted = inPeriod(child, ctx).stream().filter(e -> e.getSchoolDaysMissed() != null).toList();
        if (counted.isEmpty() || !schoolAge(child, ctx.periodStart())) {
            return Result.none();
        }
        int limit = ctx.intParam("EDU-03", "maxDays");
        int total = counted.stream().mapToInt(CareEpisode::getSchoolDaysMissed).sum();
        CareEpisode where = counted.get(counted.size() - 1);
        return Result.of(total <= limit, "missed " + total + " school days in the period " + ctx.periodStart() + " to "
                + ctx.periodEnd() + episodes(counted) + " (limit " + limit + ")", where, where.getId());
    }

    /**
     * EDU-04, per school-age child (5 to 15 on {@code period.start}): no fixed-term exclusion in the
     * child's episodes that overlap the period and record the count. Met means none; the measure is
     * the share with one or more.
     */
    public static Result exclusions(Child child, Context ctx) {
        List<CareEpisode> counted = inPeriod(child, ctx).stream().filter(e -> e.getFixedTermExclusions() != null).toList();
        if (counted.isEmpty() || !schoolAge(child, ctx.periodStart())) {
            return Result.none();
        }
        int total = counted.stream().mapToInt(CareEpisode::getFixedTermExclusions).sum();
        CareEpisode where = counted.get(counted.size() - 1);
        return Result.of(total == 0, (total == 0 ? "no fixed-term exclusions" : total == 1 ? "1 fixed-term exclusion"
                : total + " fixed-term exclusions") + " in the period " + ctx.periodStart() + " to " + ctx.periodEnd()
                + episodes(counted), where, where.getId());
    }

    /** The child's episodes overlapping period.start–period.end (annual counts), earliest first. */
    private static List<CareEpisode> inPeriod(Child child, Context ctx) {
        return child.getCareEpisodes().stream()
                .filter(e -> e.getStart() != null && !e.getStart().isAfter(ctx.periodEnd())
                        && (e.getEnd() == null || !e.getEnd().isBefore(ctx.periodStart())))
                .sorted(Comparator.comparing(CareEpisode::getStart)).toList();
    }

    private static String episodes(List<CareEpisode> counted) {
        if (counted.size() < 2) {
            return "";
        }
        return " over episodes " + String.join(", ", counted.stream().map(CareEpisode::getId).toList());
    }
}
