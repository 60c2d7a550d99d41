package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.Review;

/**
 * Facts for the looked after children criteria (looked-after.drl): the statutory visit limits of a
 * placement's intervals (LAC-01), the review timescales (LAC-03), the reviews that decide
 * permanence (LAC-05), the placements of the period (LAC-07), the measuring day of NI 63 (LAC-08)
 * and the wording of findings. Nothing here decides met or breach: the rules compare these facts
 * with the catalogue's parameters.
 */
public final class LookedAfterFacts {
    private LookedAfterFacts() {}

    /** "The placement's first year" of reg 28: the statutory definition, not a tunable limit. */
    private static final int FIRST_YEAR_MONTHS = 12;

    // ---------------------------------------------------------------- LAC-01 statutory visits

    /**
     * The statutory visit limits of one placement (reg 28): the first visit within {@code
     * firstVisitDays} of the start; then at most {@code firstYearIntervalDays} apart while the
     * earlier visit is in the placement's first year, after that {@code longTermIntervalMonths} for a
     * long-term placement, else still {@code firstYearIntervalDays}. An interval over {@code
     * criticalFactor} times its limit is over the critical limit.
     */
    public record VisitLimits(Placement placement, int firstVisitDays, int firstYearIntervalDays, int longTermIntervalMonths,
            double criticalFactor, boolean longTermWhenUnknown) {

        /**
         * The limits as strict as the data allows: a placement whose {@code longTerm} is not recorded
         * is taken as not long-term. A placement within these limits met the standard whatever it was.
         * The rule passes the catalogue's parameters; the interval in the first year is given in weeks.
         */
        public static VisitLimits of(Placement placement, int firstVisitDays, int firstYearIntervalWeeks,
                int longTermIntervalMonths, double criticalFactor) {
            return new VisitLimits(placement, firstVisitDays, 7 * firstYearIntervalWeeks, longTermIntervalMonths, criticalFactor,
                    false);
        }

        /**
         * The limits as lenient as the data allows: a placement whose {@code longTerm} is not recorded
         * is taken as long-term. A placement over these limits breached the standard whatever it was.
         */
        public static VisitLimits lenient(Placement placement, int firstVisitDays, int firstYearIntervalWeeks,
                int longTermIntervalMonths, double criticalFactor) {
            return new VisitLimits(placement, firstVisitDays, 7 * firstYearIntervalWeeks, longTermIntervalMonths, criticalFactor,
                    true);
        }

        /** @return the last day the first visit is in time */
        public LocalDate getFirstVisitDue() {
            return placement.getStart().plusDays(firstVisitDays);
        }

        /** @return the last day in time for the visit that ends {@code gap} */
        public LocalDate lastDay(Interval gap) {
            return limitEnd(gap, 1.0);
        }

        /** @return the last day before {@code gap} is over the critical limit */
        public LocalDate lastDayBeforeCritical(Interval gap) {
            return limitEnd(gap, criticalFactor);
        }

        private boolean monthly(Interval gap) {
            boolean longTerm = placement.getLongTerm() == null ? longTermWhenUnknown : placement.getLongTerm();
            return !gap.first() && longTerm
                    && !gap.from().isBefore(WorkingCalendar.plusMonths(placement.getStart(), FIRST_YEAR_MONTHS));
        }

        private LocalDate limitEnd(Interval gap, double factor) {
            if (gap.first()) {
                return gap.from().plusDays(Math.round(firstVisitDays * factor));
            }
            if (monthly(gap)) {
                return WorkingCalendar.plusMonths(gap.from(), (int) Math.round(longTermIntervalMonths * factor));
            }
            return gap.from().plusDays(Math.round(firstYearIntervalDays * factor));
        }

        /** @return the limit on {@code gap} in words, e.g. "7 days", "6 weeks", "3 months" */
        String words(Interval gap, double factor) {
            if (gap.first()) {
                return Interval.plural(Math.round(firstVisitDays * factor), "day");
            }
            if (monthly(gap)) {
                return Interval.plural(Math.round(longTermIntervalMonths * factor), "month");
            }
            long days = Math.round(firstYearIntervalDays * factor);
            return days % 7 == 0 ? Interval.plural(days / 7, "week") : Interval.plural(days, "day");
        }
    }

    /**
     * The finding of a placement whose visits were late: the first late interval in words (a
     * critical one first, when the rule found one), the rest counted, e.g. "visit gap of 100 days
     * from 2011-04-08 to 2011-07-17 (limit 6 weeks; over 12 weeks is critical); 1 more gap over the
     * limit".
     *
     * @param late the judged intervals the rule found over their limit, in order
     */
    public static String visitProblems(List<Interval> late, VisitLimits limits, IntervalWalk walk) {
        Placement p = limits.placement();
        String stopWords = walk.isOpen() ? "asAt " + walk.getStop() : "the placement end on " + walk.getStop();
        String first = null;
        String critical = null;
        for (Interval gap : late) {
            long days = gap.calendarDays();
            String words;
            if (gap.first()) {
                words = gap.tail() ? "no visit in the " + days + " days from the placement start on " + p.getStart() + " to " + stopWords
                        : "first visit on " + gap.to() + ", " + days + " days after the placement started on " + p.getStart();
            } else {
                words = gap.tail() ? "no visit in the " + days + " days from the last visit on " + gap.from() + " to " + stopWords
                        : "visit gap of " + days + " days from " + gap.from() + " to " + gap.to();
            }
            boolean overCritical = walk.isOpen() && gap.endsAfter(limits.lastDayBeforeCritical(gap));
            words += overCritical
                    ? " (limit " + limits.words(gap, 1.0) + "; over " + limits.words(gap, limits.criticalFactor()) + " is critical)"
                    : " (limit " + limits.words(gap, 1.0) + ")";
            if (first == null) {
                first = words;
            }
            if (overCritical && critical == null) {
                critical = words;
            }
        }
        return andMore(critical != null ? critical : first, late.size() - 1, "gap over the limit", "gaps over the limit");
    }

    /** The met wording of LAC-01: "5 visits since the placement started on 2011-01-10, every interval within the statutory limits". */
    public static String visitsMet(IntervalWalk walk) {
        return Interval.plural(walk.getEventCount(), "visit") + " since the placement started on " + walk.getStart()
                + ", every interval within the statutory limits";
    }

    // ---------------------------------------------------------------- LAC-03 reviews

    /**
     * The review timescales of one episode (reg 33): the first review within {@code
     * firstWorkingDays} of the start, the second within {@code secondMonths} of the first, later
     * ones within {@code laterMonths} of the previous. Which review is the first is known only when
     * the review history reaches back to the episode's start; on a partial history an interval from
     * the earliest known review takes the later timescale, so that no review is called late on a
     * guess.
     */
    public record ReviewLimits(IntervalWalk walk, int firstWorkingDays, int secondMonths, int laterMonths, Context ctx) {

        /** The rule passes the catalogue's parameters. */
        public static ReviewLimits of(IntervalWalk walk, int firstWorkingDays, int secondMonths, int laterMonths, Context ctx) {
            return new ReviewLimits(walk, firstWorkingDays, secondMonths, laterMonths, ctx);
        }

        /** @return the last day in time for the review that ends {@code gap} */
        public LocalDate lastDay(Interval gap) {
            if (gap.first()) {
                return ctx.addWorkingDays(gap.from(), firstWorkingDays);
            }
            return ctx.plusMonths(gap.from(), isSecond(gap) ? secondMonths : laterMonths);
        }

        /** @return true when {@code gap} runs from the first review to the second */
        boolean isSecond(Interval gap) {
            boolean fromStart = walk.getKnownFrom() == null || !walk.getKnownFrom().isAfter(walk.getStart());
            return fromStart && !walk.getEvents().isEmpty() && gap.from().equals(firstReview());
        }

        /** The first review (one on the day the episode started included: the walk measures from it). */
        private LocalDate firstReview() {
            return walk.getEvents().get(0);
        }
    }

    /**
     * The finding of an episode whose reviews were late: the first late review in words, the rest
     * counted, e.g. "second review on 2011-09-20, more than 3 months after the first on 2011-05-03
     * (due by 2011-08-03)".
     */
    public static String reviewProblems(List<Interval> late, ReviewLimits limits) {
        IntervalWalk walk = limits.walk();
        String stopWords = walk.isOpen() ? "asAt " + walk.getStop() : "the episode end on " + walk.getStop();
        String first = null;
        for (Interval gap : late) {
            String words;
            if (gap.first()) {
                words = (gap.tail() ? "no review in the " + gap.workingDays() + " working days from the episode start on "
                        + gap.from() + " to " + stopWords
                        : "first review on " + gap.to() + ", " + gap.workingDays() + " working days after the episode started on "
                                + gap.from())
                        + " (limit " + limits.firstWorkingDays() + ")";
            } else {
                boolean second = limits.isSecond(gap);
                int months = second ? limits.secondMonths() : limits.laterMonths();
                String which = second ? "second review" : "review";
                String since = second ? "the first on " + gap.from() : "the previous one on " + gap.from();
                words = (gap.tail() ? "no " + which + " by " + stopWords : which + " on " + gap.to()) + ", more than "
                        + Interval.plural(months, "month") + " after " + since + " (due by " + limits.lastDay(gap) + ")";
            }
            if (first == null) {
                first = words;
            }
        }
        return andMore(first, late.size() - 1, "review late", "reviews late");
    }

    /** The met wording of LAC-03: "3 reviews since the episode started on 2011-01-10, each within its timescale". */
    public static String reviewsMet(IntervalWalk walk) {
        return Interval.plural(walk.getEventCount(), "review") + " since the episode started on " + walk.getStart()
                + ", each within its timescale";
    }

    // ---------------------------------------------------------------- LAC-05 permanence plan

    /**
     * @return the episode's first two reviews from its start, by date, when a second one has been
     *     held; else an empty list
     */
    public static List<Review> firstTwoReviews(CareEpisode episode) {
        List<Review> reviews = new ArrayList<>();
        for (Review r : episode.getReviews()) {
            if (r.getDate() != null && episode.getStart() != null && !r.getDate().isBefore(episode.getStart())) {
                reviews.add(r);
            }
        }
        reviews.sort(Comparator.comparing(Review::getDate));
        return reviews.size() < 2 ? List.of() : List.copyOf(reviews.subList(0, 2));
    }

    /** @return the episode's second review from its start, or null when it has not been held */
    public static Review secondReview(CareEpisode episode) {
        List<Review> two = firstTwoReviews(episode);
        return two.isEmpty() ? null : two.get(1);
    }

    /**
     * @return whether the first two reviews recorded a permanence plan: true if either did, false if
     *     both recorded none, null when that is not recorded or the second review has not been held
     */
    public static Boolean permanencePlanBySecondReview(CareEpisode episode) {
        List<Review> two = firstTwoReviews(episode);
        if (two.isEmpty()) {
            return null;
        }
        boolean unknown = false;
        for (Review r : two) {
            if (Boolean.TRUE.equals(r.getPermanencePlan())) {
                return true;
            }
            unknown |= r.getPermanencePlan() == null;
        }
        return unknown ? null : false;
    }

    /** @return true when the episode's review list is complete from its start, so its first two reviews are known */
    public static boolean reviewsKnownFromStart(CareEpisode episode) {
        LocalDate knownFrom = episode.knownFrom("reviews");
        return knownFrom == null || (episode.getStart() != null && !knownFrom.isAfter(episode.getStart()));
    }

    // ---------------------------------------------------------------- LAC-07 placement moves (NI 62)

    /** A placement with the episode it belongs to. */
    public record Placed(CareEpisode episode, Placement placement) {}

    /**
     * @return the child's placements that overlap the period (started by its end and by asAt, not
     *     ended before its start), by start date
     */
    public static List<Placed> placementsInPeriod(Child child, Context ctx) {
        List<Placed> placed = new ArrayList<>();
        for (CareEpisode e : child.getCareEpisodes()) {
            for (Placement p : e.getPlacements()) {
                if (p.getStart() != null && !p.getStart().isAfter(ctx.periodEnd()) && !p.getStart().isAfter(ctx.asAt())
                        && (p.getEnd() == null || !p.getEnd().isBefore(ctx.periodStart()))) {
                    placed.add(new Placed(e, p));
                }
            }
        }
        placed.sort(Comparator.comparing((Placed p) -> p.placement().getStart()));
        return placed;
    }

    /** @return the episodes that overlap the period (started by its end and by asAt, not ended before its start) */
    public static List<CareEpisode> episodesInPeriod(Child child, Context ctx) {
        List<CareEpisode> episodes = new ArrayList<>();
        for (CareEpisode e : child.getCareEpisodes()) {
            if (e.getStart() != null && !e.getStart().isAfter(ctx.periodEnd()) && !e.getStart().isAfter(ctx.asAt())
                    && (e.getEnd() == null || !e.getEnd().isBefore(ctx.periodStart()))) {
                episodes.add(e);
            }
        }
        return episodes;
    }

    /**
     * Why the dated placement history does not cover the period, or null when it does: an episode
     * of the period without its {@code placements} ("no placements recorded"), or whose placements
     * are known only from a date after the later of the period's and the episode's start ("history
     * known from 2011-06-01").
     */
    public static String placementHistoryGap(Child child, Context ctx) {
        for (CareEpisode e : episodesInPeriod(child, ctx)) {
            if (!e.isPlacementsRecorded()) {
                return "no placements recorded";
            }
        }
        for (CareEpisode e : episodesInPeriod(child, ctx)) {
            IntervalWalk walk = IntervalWalk.of(e.getStart(), e.getEnd(), placementStarts(e.getPlacements()),
                    e.knownFrom("placements"), ctx);
            if (walk.isPartial(ctx)) {
                return walk.getUnknownReason();
            }
        }
        return null;
    }

    /**
     * @return the Annex A count of placements in the last 12 months on the child's latest episode of
     *     the period that gives it, or null when none does
     */
    public static CareEpisode countedPlacements(Child child, Context ctx) {
        CareEpisode found = null;
        for (CareEpisode e : episodesInPeriod(child, ctx)) {
            if (e.getPlacementsInLast12Months() != null && (found == null || e.getStart().isAfter(found.getStart()))) {
                found = e;
            }
        }
        return found;
    }

    /** The wording of LAC-07: "3 placements in the period 2011-04-01 to 2012-03-31 (starting ...; limit 2)". */
    public static String placementsWords(List<Placed> placed, int maxPlacements, Context ctx) {
        List<String> starts = placed.stream().map(p -> p.placement().getStart().toString()).toList();
        return Interval.plural(placed.size(), "placement") + " in the period " + ctx.periodStart() + " to " + ctx.periodEnd()
                + " (starting " + String.join(", ", starts) + "; limit " + (maxPlacements - 1) + ")";
    }

    /** @return the start dates of the placements, for {@link IntervalWalk}: each start is a move */
    public static List<LocalDate> placementStarts(List<Placement> placements) {
        List<LocalDate> dates = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            dates.add(p.getStart());
        }
        return dates;
    }

    /** The wording of LAC-07 on the Annex A count: "1 placement in the last 12 months (judged on the Annex A count; limit 2)". */
    public static String countedPlacementsWords(int count, int manyPlacements) {
        return Interval.plural(count, "placement") + " in the last 12 months (judged on the Annex A count; limit "
                + (manyPlacements - 1) + ")";
    }

    // ---------------------------------------------------------------- LAC-08 long-term stability (NI 63)

    /** @return the day of the last move the walk over placement starts saw: the start of the current placement */
    public static LocalDate lastMove(IntervalWalk walk) {
        return walk.getTail() == null ? null : walk.getTail().from();
    }

    /** The day NI 63 is measured on: period end (an annual indicator), or asAt if that is earlier. */
    public static LocalDate stabilityDate(Context ctx) {
        return ctx.asAt().isBefore(ctx.periodEnd()) ? ctx.asAt() : ctx.periodEnd();
    }

    /** @return the episode's placement open on {@code on} (the latest to start, if several are), or null */
    public static Placement placementOn(CareEpisode episode, LocalDate on) {
        Placement found = null;
        for (Placement p : episode.getPlacements()) {
            if (p.getStart() != null && openOn(p.getStart(), p.getEnd(), on)
                    && (found == null || p.getStart().isAfter(found.getStart()))) {
                found = p;
            }
        }
        return found;
    }

    /** @return true when work from {@code start} to {@code end} (null: open) is open on {@code on} */
    public static boolean openOn(LocalDate start, LocalDate end, LocalDate on) {
        return start != null && !start.isAfter(on) && (end == null || end.isAfter(on));
    }

    /** @return a number of months in words: "2 years" for 24, "30 months" for 30 */
    public static String months(int months) {
        return months % 12 == 0 ? Interval.plural(months / 12, "year") : Interval.plural(months, "month");
    }

    // ---------------------------------------------------------------- shared

    /** @return {@code told}, followed by "; 2 more gaps over the limit" when there are more */
    static String andMore(String told, int more, String one, String many) {
        return more <= 0 ? told : told + "; " + more + " more " + (more == 1 ? one : many);
    }

    /** @return {@code 20} for 20.0, {@code 25.5} for 25.5 */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
