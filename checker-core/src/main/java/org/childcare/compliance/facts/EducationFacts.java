package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.EducationPlan;

/**
 * Facts and wording of the education criteria (education.drl).
 *
 * <p>School age is {@code schoolAgeFrom} to {@code schoolAgeTo} years old (5 to 15) on the relevant
 * date: from the 5th birthday to the day before the 16th (compulsory school age, approximated by
 * birthdays rather than school terms). For personal education plans (EDU-01) a plan is needed while
 * the child is both looked after and of school age; for the annual counts of school days missed and
 * exclusions (EDU-03, EDU-04) the relevant date is {@code period.start}, the start of the year the
 * counts cover.
 */
public final class EducationFacts {
    private EducationFacts() {}

    /** @return true when the child is of school age for {@code criterion} on {@code date} (false when the age is unknown) */
    public static boolean schoolAge(Child child, LocalDate date, String criterion, Context ctx) {
        int age = child.ageOn(date);
        return age >= ctx.intParam(criterion, "schoolAgeFrom") && age <= ctx.intParam(criterion, "schoolAgeTo");
    }

    // ---- EDU-01 -------------------------------------------------------------------------------

    /**
     * @return the day EDU-01's requirement begins for an episode: the later of its start and the
     *     birthday the child reaches school age; null when the start or the age is unknown
     */
    public static LocalDate requirementStart(Child child, CareEpisode episode, Context ctx) {
        LocalDate born = child.effectiveDateOfBirth();
        if (born == null || episode.getStart() == null) {
            return null;
        }
        LocalDate schoolAge = born.plusYears(ctx.intParam("EDU-01", "schoolAgeFrom"));
        return episode.getStart().isBefore(schoolAge) ? schoolAge : episode.getStart();
    }

    /**
     * @return the day EDU-01's requirement ends for an episode: the earlier of its end and the birthday
     *     the child leaves school age (the day after schoolAgeTo); null while both are to come
     *     (the walk then runs to asAt)
     */
    public static LocalDate requirementEnd(Child child, CareEpisode episode, Context ctx) {
        LocalDate born = child.effectiveDateOfBirth();
        LocalDate leaves = born == null ? null : born.plusYears(ctx.intParam("EDU-01", "schoolAgeTo") + 1L);
        LocalDate end = episode.getEnd();
        if (leaves == null || (end != null && end.isBefore(leaves))) {
            return end;
        }
        return leaves.isAfter(ctx.asAt()) && end == null ? null : leaves;
    }

    /**
     * @return true when the episode falls partly in the window while the child is of school age:
     *     EDU-01's extent (a child of unknown age is judged apart, as missing data)
     */
    public static boolean schoolAgeInWindow(Child child, CareEpisode episode, Context ctx) {
        LocalDate from = requirementStart(child, episode, ctx);
        LocalDate to = requirementEnd(child, episode, ctx);
        return from != null && (to == null || !to.isBefore(from)) && ctx.overlapsWindow(from, to);
    }

    /**
     * Where the walk of an episode's plans starts: the requirement's start, or the last plan of the
     * episode made before it (before the child reached school age), which starts the review clock.
     */
    public static LocalDate walkStart(Child child, CareEpisode episode, Context ctx) {
        LocalDate from = requirementStart(child, episode, ctx);
        LocalDate start = from;
        for (EducationPlan p : episode.getPersonalEducationPlans()) {
            LocalDate d = p.getDate();
            if (from != null && d != null && d.isBefore(from) && !d.isBefore(episode.getStart())
                    && (start.equals(from) || d.isAfter(start))) {
                start = d;
            }
        }
        return start;
    }

    /**
     * @return true when the interval is over its limit: the first (from the requirement's start)
     *     over initialWorkingDays working days, a later one over reviewMaxDays calendar days; one
     *     from a plan made before the requirement began only when it is past both deadlines (the
     *     later deadline holds)
     */
    public static boolean overLimit(Interval i, LocalDate requirementStart, Context ctx) {
        int initial = ctx.intParam("EDU-01", "initialWorkingDays");
        if (i.first()) {
            return i.workingDays() > initial;
        }
        boolean lateReview = i.calendarDays() > ctx.intParam("EDU-01", "reviewMaxDays");
        return i.from().isBefore(requirementStart) ? lateReview && ctx.workingDays(requirementStart, i.to()) > initial
                : lateReview;
    }

    /** "the episode started on 2011-04-21" or "the child turned 5 on 2011-07-15" */
    static String requirementBegan(Child child, CareEpisode episode, Context ctx) {
        LocalDate from = requirementStart(child, episode, ctx);
        return from.equals(episode.getStart()) ? "the episode started on " + from
                : "the child turned " + ctx.intParam("EDU-01", "schoolAgeFrom") + " on " + from;
    }

    /** EDU-01's message for an episode whose first plan is not due yet. */
    public static String firstPlanNotYetDue(Child child, CareEpisode episode, IntervalWalk walk, Context ctx) {
        if (!walk.isOpen()) {
            return "no personal education plan needed: the requirement ended on " + walk.getStop()
                    + " before the first was due";
        }
        return "first personal education plan due by "
                + ctx.addWorkingDays(walk.getStart(), ctx.intParam("EDU-01", "initialWorkingDays")) + " ("
                + requirementBegan(child, episode, ctx) + ")";
    }

    /** EDU-01's message for an episode whose plans were all in time. */
    public static String plansInTime(IntervalWalk walk, Context ctx) {
        LocalDate last = walk.getTail().from();
        return "personal education plans on time; last on " + last
                + (walk.isOpen() ? ", next due by " + last.plusDays(ctx.intParam("EDU-01", "reviewMaxDays")) : "");
    }

    /** EDU-01's finding: the first interval over its limit described, the others counted. */
    public static String latePlans(Child child, CareEpisode episode, List<Interval> late, IntervalWalk walk, Context ctx) {
        int initial = ctx.intParam("EDU-01", "initialWorkingDays");
        int maxDays = ctx.intParam("EDU-01", "reviewMaxDays");
        Interval i = late.get(0);
        String began = requirementBegan(child, episode, ctx);
        String to = walk.isOpen() ? "asAt " + i.to()
                : i.to().equals(episode.getEnd()) ? "the end of the episode on " + i.to()
                : "the " + (ctx.intParam("EDU-01", "schoolAgeTo") + 1) + "th birthday on " + i.to();
        String text;
        if (i.first() && i.tail()) {
            text = (walk.isOpen() ? "no personal education plan " + i.workingDays() + " working days after " + began
                    : "no personal education plan by " + to + ", " + i.workingDays() + " working days after " + began)
                    + " (limit " + initial + ")";
        } else if (i.first()) {
            text = "first personal education plan on " + i.to() + ", " + i.workingDays() + " working days after " + began
                    + " (limit " + initial + ")";
        } else if (i.tail()) {
            text = "no personal education plan since " + i.from() + ": " + i.calendarDays() + " days to " + to
                    + " (limit " + maxDays + ")";
        } else {
            text = "personal education plans on " + i.from() + " and " + i.to() + " are " + i.calendarDays()
                    + " days apart (limit " + maxDays + ")";
        }
        int more = late.size() - 1;
        return more == 0 ? text : text + "; " + more + (more == 1 ? " more gap" : " more gaps") + " over the limit";
    }

    // ---- EDU-03, EDU-04 ------------------------------------------------------------------------

    /** @return the child's episodes overlapping period.start to period.end (the annual counts), earliest first */
    public static List<CareEpisode> episodesInPeriod(Child child, Context ctx) {
        return child.getCareEpisodes().stream()
                .filter(e -> e.getStart() != null && !e.getStart().isAfter(ctx.periodEnd())
                        && (e.getEnd() == null || !e.getEnd().isBefore(ctx.periodStart())))
                .sorted(Comparator.comparing(CareEpisode::getStart)).toList();
    }

    /** @return true when every episode of the child in the period records its school days missed */
    public static boolean allRecordSchoolDaysMissed(Child child, Context ctx) {
        return episodesInPeriod(child, ctx).stream().allMatch(e -> e.getSchoolDaysMissed() != null);
    }

    /** @return the school days missed in the period, summed over the episodes that record them */
    public static int schoolDaysMissed(Child child, Context ctx) {
        return episodesInPeriod(child, ctx).stream().filter(e -> e.getSchoolDaysMissed() != null)
                .mapToInt(CareEpisode::getSchoolDaysMissed).sum();
    }

    /** @return true when every episode of the child in the period records its fixed-term exclusions */
    public static boolean allRecordExclusions(Child child, Context ctx) {
        return episodesInPeriod(child, ctx).stream().allMatch(e -> e.getFixedTermExclusions() != null);
    }

    /** @return the fixed-term exclusions in the period, summed over the episodes that record them */
    public static int exclusions(Child child, Context ctx) {
        return episodesInPeriod(child, ctx).stream().filter(e -> e.getFixedTermExclusions() != null)
                .mapToInt(CareEpisode::getFixedTermExclusions).sum();
    }

    /** @return the last episode in the period that records school days missed: where EDU-03's finding points */
    public static CareEpisode lastRecordingSchoolDays(Child child, Context ctx) {
        List<CareEpisode> counted = episodesInPeriod(child, ctx).stream().filter(e -> e.getSchoolDaysMissed() != null).toList();
        return counted.isEmpty() ? null : counted.get(counted.size() - 1);
    }

    /** @return the last episode in the period that records exclusions: where EDU-04's finding points */
    public static CareEpisode lastRecordingExclusions(Child child, Context ctx) {
        List<CareEpisode> counted = episodesInPeriod(child, ctx).stream().filter(e -> e.getFixedTermExclusions() != null).toList();
        return counted.isEmpty() ? null : counted.get(counted.size() - 1);
    }

    /** EDU-03's message: the days missed in the period and over which episodes. */
    public static String schoolDaysMissedText(Child child, int limit, Context ctx) {
        List<CareEpisode> counted = episodesInPeriod(child, ctx).stream().filter(e -> e.getSchoolDaysMissed() != null).toList();
        return "missed " + schoolDaysMissed(child, ctx) + " school days in the period " + ctx.periodStart() + " to "
                + ctx.periodEnd() + episodes(counted) + " (limit " + limit + ")";
    }

    /** EDU-04's message: the exclusions in the period and over which episodes. */
    public static String exclusionsText(Child child, Context ctx) {
        List<CareEpisode> counted = episodesInPeriod(child, ctx).stream().filter(e -> e.getFixedTermExclusions() != null).toList();
        int total = exclusions(child, ctx);
        return (total == 0 ? "no fixed-term exclusions" : total == 1 ? "1 fixed-term exclusion" : total + " fixed-term exclusions")
                + " in the period " + ctx.periodStart() + " to " + ctx.periodEnd() + episodes(counted);
    }

    private static String episodes(List<CareEpisode> counted) {
        if (counted.size() < 2) {
            return "";
        }
        return " over episodes " + String.join(", ", counted.stream().map(CareEpisode::getId).toList());
    }
}
