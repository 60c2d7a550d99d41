package org.childcare.compliance.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Placement;
import org.junit.jupiter.api.Test;

/** The facts looked-after.drl derives: limits, dates, coverage and the wording of findings. */
class LookedAfterFactsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    private static Context ctx(String start, String end, String asAt) {
        return new Context(LocalDate.parse(start), LocalDate.parse(end), LocalDate.parse(asAt),
                WorkingCalendar.englandAndWales(), Catalogue.empty());
    }

    private static Child child(String yaml) {
        try {
            return YAML.readValue(yaml, Child.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static CareEpisode episode(String yaml) {
        return child(yaml).getCareEpisodes().get(0);
    }

    /** The walk LAC-01 makes over a placement's visits. */
    private static IntervalWalk visitWalk(CareEpisode e, Placement p, Context ctx) {
        return IntervalWalk.of(p.getStart(), p.getEnd(), Dates.of(e.getVisits()), e.knownFrom("visits"), ctx);
    }

    private static List<Interval> late(IntervalWalk walk, LookedAfterFacts.VisitLimits limits) {
        return walk.getIntervals().stream().filter(i -> i.isJudged() && i.endsAfter(limits.lastDay(i))).toList();
    }

    // ------------------------------------------------------------ LAC-01

    @Test
    void visitLimitsAreSevenDaysFirstThenSixWeeksThenThreeMonthsInALongTermPlacementAfterItsFirstYear() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        CareEpisode e = episode("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2010-05-02
                    placements: [ { start: 2010-05-02, longTerm: true } ]
                    visits: [ { date: 2010-05-09 }, { date: 2011-05-01 }, { date: 2011-05-03 } ]
                """);
        Placement p = e.getPlacements().get(0);
        var limits = LookedAfterFacts.VisitLimits.of(p, 7, 6, 3, 2);
        List<Interval> gaps = visitWalk(e, p, ctx).getIntervals();
        assertEquals(d("2010-05-09"), limits.getFirstVisitDue());
        assertEquals(d("2010-05-09"), limits.lastDay(gaps.get(0)), "the first visit: 7 days");
        assertEquals(d("2010-05-16"), limits.lastDayBeforeCritical(gaps.get(0)), "critical: 2 x 7 days");
        assertEquals(d("2010-06-20"), limits.lastDay(gaps.get(1)), "from a visit in the first year: 6 weeks");
        assertEquals(d("2010-08-01"), limits.lastDayBeforeCritical(gaps.get(1)), "critical: 12 weeks");
        assertEquals(d("2011-06-12"), limits.lastDay(gaps.get(2)), "2011-05-01 is still in the first year (to 2011-05-02): 6 weeks");
        assertEquals(d("2011-08-03"), limits.lastDay(gaps.get(3)), "after the first year of a long-term placement: 3 months");
        assertEquals(d("2011-11-03"), limits.lastDayBeforeCritical(gaps.get(3)), "critical: 6 months");

        Placement notLongTerm = episode("""
                id: C2
                careEpisodes: [ { id: E2, start: 2010-05-02, placements: [ { start: 2010-05-02 } ], visits: [] } ]
                """).getPlacements().get(0);
        assertEquals(d("2011-06-14"), LookedAfterFacts.VisitLimits.of(notLongTerm, 7, 6, 3, 2).lastDay(gaps.get(3)),
                "not long term: still 6 weeks after the first year");
    }

    @Test
    void visitProblemsTellTheCriticalGapFirstAndCountTheRest() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30");
        CareEpisode e = episode("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-03-01
                    placements: [ { start: 2011-03-01 } ]
                    visits: [ { date: 2011-03-04 }, { date: 2011-04-08 }, { date: 2011-05-30 }, { date: 2011-09-10 } ]
                """);
        Placement p = e.getPlacements().get(0);
        var limits = LookedAfterFacts.VisitLimits.of(p, 7, 6, 3, 2);
        IntervalWalk walk = visitWalk(e, p, ctx);
        List<Interval> late = late(walk, limits);
        assertEquals(2, late.size());
        assertEquals("visit gap of 103 days from 2011-05-30 to 2011-09-10 (limit 6 weeks; over 12 weeks is critical); "
                + "1 more gap over the limit", LookedAfterFacts.visitProblems(late, limits, walk));
    }

    @Test
    void visitProblemsOnAnEndedPlacementAreNeverMarkedCritical() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30");
        CareEpisode e = episode("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-04-01
                    placements: [ { start: 2011-04-01, end: 2011-08-31 } ]
                    visits: [ { date: 2011-04-05 }, { date: 2011-05-10 } ]
                """);
        Placement p = e.getPlacements().get(0);
        var limits = LookedAfterFacts.VisitLimits.of(p, 7, 6, 3, 2);
        IntervalWalk walk = visitWalk(e, p, ctx);
        assertEquals("no visit in the 113 days from the last visit on 2011-05-10 to the placement end on 2011-08-31 (limit 6 weeks)",
                LookedAfterFacts.visitProblems(late(walk, limits), limits, walk));
    }

    @Test
    void visitProblemsWordTheFirstVisitAndAnOpenTail() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30");
        CareEpisode e = episode("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-09-20
                    placements: [ { start: 2011-09-20 }, { start: 2011-05-02, end: 2011-09-19 } ]
                    visits: [ { date: 2011-05-10 } ]
                """);
        Placement open = e.getPlacements().get(0);
        var limits = LookedAfterFacts.VisitLimits.of(open, 7, 6, 3, 2);
        IntervalWalk walk = visitWalk(e, open, ctx);
        assertEquals("no visit in the 10 days from the placement start on 2011-09-20 to asAt 2011-09-30 (limit 7 days)",
                LookedAfterFacts.visitProblems(late(walk, limits), limits, walk));
        Placement earlier = e.getPlacements().get(1);
        var earlierLimits = LookedAfterFacts.VisitLimits.of(earlier, 7, 6, 3, 2);
        IntervalWalk earlierWalk = visitWalk(e, earlier, ctx);
        assertEquals("first visit on 2011-05-10, 8 days after the placement started on 2011-05-02 (limit 7 days); 1 more gap over the limit",
                LookedAfterFacts.visitProblems(late(earlierWalk, earlierLimits), earlierLimits, earlierWalk));
        assertEquals("1 visit since the placement started on 2011-05-02, every interval within the statutory limits",
                LookedAfterFacts.visitsMet(earlierWalk));
    }

    // ------------------------------------------------------------ LAC-03

    @Test
    void reviewLimitsFirstInWorkingDaysThenTheSecondThenLaterOnes() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        CareEpisode e = episode("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-04-21
                    reviews: [ { date: 2011-05-26 }, { date: 2011-09-01 }, { date: 2011-09-20 } ]
                """);
        IntervalWalk walk = IntervalWalk.of(e.getStart(), e.getEnd(), Dates.of(e.getReviews()), null, ctx);
        var limits = LookedAfterFacts.ReviewLimits.of(walk, 20, 3, 6, ctx);
        List<Interval> gaps = walk.getIntervals();
        // Easter 2011 (22 and 25 April), the royal wedding (29 April) and May Day (2 May) are not working days
        assertEquals(d("2011-05-25"), limits.lastDay(gaps.get(0)));
        assertEquals(d("2011-08-26"), limits.lastDay(gaps.get(1)), "the second within 3 months of the first");
        assertEquals(d("2012-03-01"), limits.lastDay(gaps.get(2)), "later ones within 6 months");
        List<Interval> late = gaps.stream().filter(i -> i.isJudged() && i.endsAfter(limits.lastDay(i))).toList();
        assertEquals("first review on 2011-05-26, 21 working days after the episode started on 2011-04-21 (limit 20); 2 more reviews late",
                LookedAfterFacts.reviewProblems(late, limits));
        assertEquals("3 reviews since the episode started on 2011-04-21, each within its timescale", LookedAfterFacts.reviewsMet(walk));
    }

    @Test
    void onAPartialReviewHistoryTheEarliestKnownReviewTakesTheLaterTimescale() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        CareEpisode e = episode("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2009-01-05
                    reviews: [ { date: 2011-06-01 } ]
                    knownFrom: { reviews: 2011-06-01 }
                """);
        IntervalWalk walk = IntervalWalk.of(e.getStart(), e.getEnd(), Dates.of(e.getReviews()),
                e.knownFrom("reviews"), ctx);
        var limits = LookedAfterFacts.ReviewLimits.of(walk, 20, 3, 6, ctx);
        Interval tail = walk.getTail();
        assertEquals(d("2011-12-01"), limits.lastDay(tail), "not known to be the first review: 6 months, not 3");
        assertEquals("no review by asAt 2012-03-31, more than 6 months after the previous one on 2011-06-01 (due by 2011-12-01)",
                LookedAfterFacts.reviewProblems(List.of(tail), limits));
    }

    // ------------------------------------------------------------ LAC-05

    @Test
    void permanenceIsDecidedByTheFirstTwoReviewsFromTheStart() {
        List<CareEpisode> e = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-01-10
                    reviews: [ { date: 2011-07-05, permanencePlan: false }, { date: 2010-12-01, permanencePlan: true },
                               { date: 2011-02-01, permanencePlan: true } ]
                  - id: E2
                    start: 2011-01-10
                    reviews: [ { date: 2011-02-01, permanencePlan: false }, { date: 2011-05-01, permanencePlan: false } ]
                  - id: E3
                    start: 2011-01-10
                    reviews: [ { date: 2011-02-01 }, { date: 2011-05-01, permanencePlan: false } ]
                  - id: E4
                    start: 2011-01-10
                    reviews: [ { date: 2011-02-01, permanencePlan: true } ]
                    knownFrom: { reviews: 2011-02-01 }
                """).getCareEpisodes();
        assertEquals(d("2011-07-05"), LookedAfterFacts.secondReview(e.get(0)).getDate(), "a review before the start is not one");
        assertEquals(Boolean.TRUE, LookedAfterFacts.permanencePlanBySecondReview(e.get(0)));
        assertEquals(Boolean.FALSE, LookedAfterFacts.permanencePlanBySecondReview(e.get(1)));
        assertNull(LookedAfterFacts.permanencePlanBySecondReview(e.get(2)), "not recorded at the first review");
        assertNull(LookedAfterFacts.secondReview(e.get(3)));
        assertTrue(LookedAfterFacts.reviewsKnownFromStart(e.get(0)));
        assertFalse(LookedAfterFacts.reviewsKnownFromStart(e.get(3)));
    }

    // ------------------------------------------------------------ LAC-07

    @Test
    void placementsOfThePeriodAndWhetherTheirHistoryCoversIt() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        Child c = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2010-01-04
                    end: 2011-08-01
                    placements: [ { start: 2010-01-04, end: 2011-03-31 }, { start: 2011-03-31, end: 2011-08-01 } ]
                  - id: E2
                    start: 2011-09-01
                    placements: [ { start: 2011-09-01, end: 2011-12-01 }, { start: 2011-12-01 } ]
                """);
        List<LookedAfterFacts.Placed> placed = LookedAfterFacts.placementsInPeriod(c, ctx);
        assertEquals(List.of(d("2011-03-31"), d("2011-09-01"), d("2011-12-01")),
                placed.stream().map(p -> p.placement().getStart()).toList());
        assertEquals("3 placements in the period 2011-04-01 to 2012-03-31 (starting 2011-03-31, 2011-09-01, 2011-12-01; limit 2)",
                LookedAfterFacts.placementsWords(placed, 3, ctx));
        assertNull(LookedAfterFacts.placementHistoryGap(c, ctx));

        Child absent = child("""
                id: C2
                careEpisodes: [ { id: E3, start: 2011-05-01, placementsInLast12Months: 1 } ]
                """);
        assertEquals("no placements recorded", LookedAfterFacts.placementHistoryGap(absent, ctx));
        assertSame(absent.getCareEpisodes().get(0), LookedAfterFacts.countedPlacements(absent, ctx));

        Child partial = child("""
                id: C3
                careEpisodes:
                  - id: E4
                    start: 2010-01-04
                    placements: [ { start: 2011-10-01 } ]
                    knownFrom: { placements: 2011-10-01 }
                """);
        assertEquals("history known from 2011-10-01", LookedAfterFacts.placementHistoryGap(partial, ctx));
        assertEquals("1 placement in the last 12 months (judged on the Annex A count; limit 2)",
                LookedAfterFacts.countedPlacementsWords(1, 3));
        assertNull(LookedAfterFacts.countedPlacements(partial, ctx));
    }

    // ------------------------------------------------------------ LAC-08

    @Test
    void stabilityIsMeasuredOnThePeriodEndOrAnEarlierAsAtFromTheLastMove() {
        assertEquals(d("2012-03-31"), LookedAfterFacts.stabilityDate(ctx("2011-04-01", "2012-03-31", "2012-05-01")));
        assertEquals(d("2011-12-01"), LookedAfterFacts.stabilityDate(ctx("2011-04-01", "2012-03-31", "2011-12-01")));
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        CareEpisode e = episode("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2008-01-07
                    placements: [ { start: 2008-01-07, end: 2009-02-01 }, { start: 2009-02-01 } ]
                """);
        assertEquals(d("2009-02-01"), LookedAfterFacts.placementOn(e, d("2012-03-31")).getStart());
        assertEquals(d("2008-01-07"), LookedAfterFacts.placementOn(e, d("2009-01-31")).getStart());
        assertTrue(LookedAfterFacts.openOn(d("2009-02-01"), null, d("2012-03-31")));
        assertFalse(LookedAfterFacts.openOn(d("2008-01-07"), d("2009-02-01"), d("2009-02-01")), "ended that day");
        IntervalWalk walk = IntervalWalk.of(e.getStart(), d("2012-03-31"), LookedAfterFacts.placementStarts(e.getPlacements()), null, ctx);
        assertEquals(d("2009-02-01"), LookedAfterFacts.lastMove(walk));
        assertEquals("2 years", LookedAfterFacts.months(24));
        assertEquals("30 months", LookedAfterFacts.months(30));
    }

    // ------------------------------------------------------------ shared

    @Test
    void numbersLoseATrailingZero() {
        assertEquals("20", LookedAfterFacts.number(20.0));
        assertEquals("20.5", LookedAfterFacts.number(20.5));
    }
}
