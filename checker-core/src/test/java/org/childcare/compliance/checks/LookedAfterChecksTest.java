package org.childcare.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.MissingEpisode;
import org.childcare.compliance.model.Placement;
import org.junit.jupiter.api.Test;

class LookedAfterChecksTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
    private static final String CATALOGUE = """
            criteria:
              - { id: LAC-01, title: t, bands: "95 / 90 / 80", timescale: immediately, action: a,
                  parameters: { firstVisitDays: 7, firstYearIntervalWeeks: 6, longTermIntervalMonths: 3, criticalFactor: 2 } }
              - { id: LAC-03, title: t, bands: "98 / 95 / 85", timescale: 3m, action: a,
                  parameters: { firstWorkingDays: 20, secondMonths: 3, laterMonths: 6 } }
              - { id: LAC-11, title: t, bands: "95 / 85 / 70", timescale: 3m, action: a, parameters: { maxHours: 72 } }
            """;

    private static Catalogue catalogue() {
        Catalogue c = Catalogue.empty();
        var problems = new ArrayList<org.childcare.compliance.engine.RuleProblem>();
        c.read("test.yaml", "looked-after", CATALOGUE, problems);
        assertEquals(java.util.List.of(), problems);
        return c;
    }

    private static Context ctx(String start, String end, String asAt) {
        return ctx(start, end, asAt, Map.of());
    }

    private static Context ctx(String start, String end, String asAt, Map<String, Double> overrides) {
        return new Context(LocalDate.parse(start), LocalDate.parse(end), LocalDate.parse(asAt),
                WorkingCalendar.englandAndWales(), catalogue().withOverrides(overrides));
    }

    private static Child child(String yaml) {
        try {
            return YAML.readValue(yaml, Child.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static LookedAfterChecks.Result visits(Child c, int placement, Context ctx) {
        CareEpisode e = c.getCareEpisodes().get(0);
        return LookedAfterChecks.placementVisits(c, e, e.getPlacements().get(placement), ctx);
    }

    // ------------------------------------------------------------ LAC-01

    @Test
    void firstVisitWithinSevenCalendarDaysThenSixWeeks() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30");
        Child ok = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-05-02
                    placements: [ { start: 2011-05-02 } ]
                    visits: [ { date: 2011-05-09 }, { date: 2011-06-20 }, { date: 2011-08-01 }, { date: 2011-09-12 } ]
                """);
        LookedAfterChecks.Result r = visits(ok, 0, ctx);
        assertTrue(r.isMet(), r.message());
        assertEquals("4 visits since the placement started on 2011-05-02, every interval within the statutory limits", r.message());

        Child late = child("""
                id: C2
                careEpisodes:
                  - id: E2
                    start: 2011-05-02
                    placements: [ { start: 2011-05-02 } ]
                    visits: [ { date: 2011-05-10 }, { date: 2011-06-22 }, { date: 2011-08-01 }, { date: 2011-09-12 } ]
                """);
        r = visits(late, 0, ctx);
        assertEquals(Outcome.Status.NOT_MET, r.status());
        assertFalse(r.critical());
        assertEquals("E2", r.record());
        assertEquals("first visit on 2011-05-10, 8 days after the placement started on 2011-05-02 (limit 7 days); "
                + "1 more gap over the limit", r.message());
    }

    @Test
    void openTailToAsAtAndCriticalOnlyWhileThePlacementIsOpen() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30");
        Child open = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-01-10
                    placements: [ { start: 2011-01-10 } ]
                    visits: [ { date: 2011-01-14 }, { date: 2011-06-01 } ]
                """);
        LookedAfterChecks.Result r = visits(open, 0, ctx);
        assertTrue(r.critical());
        // 2011-01-14 to 2011-06-01 ends in the window and is critical, and so is the open tail: the first is told
        assertEquals("visit gap of 138 days from 2011-01-14 to 2011-06-01 (limit 6 weeks; over 12 weeks is critical); "
                + "1 more gap over the limit", r.message());

        Child ended = child("""
                id: C2
                careEpisodes:
                  - id: E2
                    start: 2011-04-01
                    placements: [ { start: 2011-04-01, end: 2011-08-31 } ]
                    visits: [ { date: 2011-04-05 }, { date: 2011-05-10 } ]
                """);
        r = visits(ended, 0, ctx);
        assertEquals(Outcome.Status.NOT_MET, r.status());
        assertFalse(r.critical());
        assertEquals("no visit in the 113 days from the last visit on 2011-05-10 to the placement end on 2011-08-31 (limit 6 weeks)",
                r.message());
    }

    @Test
    void gapsEndingBeforeThePeriodAreHistory() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30");
        Child c = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2010-01-04
                    placements: [ { start: 2010-01-04 } ]
                    visits: [ { date: 2011-03-01 }, { date: 2011-04-11 }, { date: 2011-05-20 }, { date: 2011-06-30 },
                              { date: 2011-08-10 }, { date: 2011-09-20 } ]
                """);
        assertTrue(visits(c, 0, ctx).isMet());
    }

    @Test
    void longTermPlacementsAreVisitedThreeMonthlyAfterTheFirstYear() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        Child c = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2009-11-30
                    placements: [ { start: 2009-11-30, longTerm: true } ]
                    visits: [ { date: 2011-03-01 }, { date: 2011-06-01 }, { date: 2011-08-31 }, { date: 2011-11-30 }, { date: 2012-02-29 } ]
                """);
        assertTrue(visits(c, 0, ctx).isMet(), "Aug 31 + 3 months = Nov 30; Nov 30 + 3 months = Feb 29 (leap year)");

        Child notLongTerm = child("""
                id: C2
                careEpisodes:
                  - id: E2
                    start: 2009-11-30
                    placements: [ { start: 2009-11-30 } ]
                    visits: [ { date: 2011-03-01 }, { date: 2011-04-10 }, { date: 2011-05-20 }, { date: 2011-06-30 },
                              { date: 2011-08-10 }, { date: 2011-09-20 }, { date: 2011-10-31 }, { date: 2011-12-10 },
                              { date: 2012-01-20 }, { date: 2012-03-01 } ]
                """);
        assertTrue(visits(notLongTerm, 0, ctx).isMet());

        Child firstYear = child("""
                id: C3
                careEpisodes:
                  - id: E3
                    start: 2010-05-31
                    placements: [ { start: 2010-05-31, longTerm: true } ]
                    visits: [ { date: 2011-03-25 }, { date: 2011-04-20 }, { date: 2011-05-30 }, { date: 2011-08-15 }, { date: 2011-11-15 }, { date: 2012-02-15 } ]
                """);
        LookedAfterChecks.Result r = visits(firstYear, 0, ctx);
        assertEquals("visit gap of 77 days from 2011-05-30 to 2011-08-15 (limit 6 weeks)", r.message(),
                "a gap from a visit in the first year is a first-year gap");
    }

    @Test
    void aVisitCountsForThePlacementItFallsIn() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30");
        Child c = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-04-04
                    placements: [ { start: 2011-04-04, end: 2011-06-10 }, { start: 2011-06-10 } ]
                    visits: [ { date: 2011-04-06 }, { date: 2011-05-12 }, { date: 2011-06-10 }, { date: 2011-07-20 }, { date: 2011-08-30 } ]
                """);
        assertTrue(visits(c, 0, ctx).isMet());
        assertTrue(visits(c, 1, ctx).isMet(), "the visit on the day of the move counts for the new placement too");
    }

    @Test
    void notYetDueUntilTheFirstVisitDeadlinePasses() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30");
        Child due = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-09-23
                    placements: [ { start: 2011-09-23 } ]
                """);
        LookedAfterChecks.Result r = visits(due, 0, ctx);
        assertEquals(Outcome.Status.NOT_YET_DUE, r.status());
        assertEquals("placement started on 2011-09-23; first visit due by 2011-09-30, after asAt 2011-09-30", r.message());

        Child late = child("""
                id: C2
                careEpisodes:
                  - id: E2
                    start: 2011-09-22
                    placements: [ { start: 2011-09-22 } ]
                """);
        assertEquals("no visit in the 8 days from the placement start on 2011-09-22 to asAt 2011-09-30 (limit 7 days)",
                visits(late, 0, ctx).message());
    }

    @Test
    void criticalFactorCanBeOverridden() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30", Map.of("LAC-01.criticalFactor", 1.5));
        Child c = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-04-04
                    placements: [ { start: 2011-04-04 } ]
                    visits: [ { date: 2011-04-05 }, { date: 2011-06-08 }, { date: 2011-07-15 }, { date: 2011-08-20 }, { date: 2011-09-25 } ]
                """);
        LookedAfterChecks.Result r = visits(c, 0, ctx);
        assertTrue(r.critical());
        assertEquals("visit gap of 64 days from 2011-04-05 to 2011-06-08 (limit 6 weeks; over 9 weeks is critical)", r.message());
    }

    // ------------------------------------------------------------ LAC-03

    @Test
    void firstReviewWithinTwentyWorkingDaysSkippingBankHolidays() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2011-04-21, reviews: [ { date: 2011-05-25 }, { date: 2011-08-25 }, { date: 2012-02-24 } ] }
                  - { id: E2, start: 2011-04-21, reviews: [ { date: 2011-05-26 }, { date: 2011-08-25 }, { date: 2012-02-24 } ] }
                """);
        assertTrue(LookedAfterChecks.reviewTimeliness(c, c.getCareEpisodes().get(0), ctx).isMet());
        assertEquals("first review on 2011-05-26, 21 working days after the episode started on 2011-04-21 (limit 20)",
                LookedAfterChecks.reviewTimeliness(c, c.getCareEpisodes().get(1), ctx).message());
    }

    @Test
    void laterReviewsInCalendarMonthsClampedToMonthEnd() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2011-11-02, reviews: [ { date: 2011-11-30 }, { date: 2012-02-29 } ] }
                  - { id: E2, start: 2011-11-02, reviews: [ { date: 2011-11-30 }, { date: 2012-03-01 } ] }
                  - { id: E3, start: 2010-09-01, reviews: [ { date: 2010-09-20 }, { date: 2010-12-15 }, { date: 2011-06-01 } ] }
                """);
        assertTrue(LookedAfterChecks.reviewTimeliness(c, c.getCareEpisodes().get(0), ctx).isMet());
        assertEquals("second review on 2012-03-01, more than 3 months after the first on 2011-11-30 (due by 2012-02-29)",
                LookedAfterChecks.reviewTimeliness(c, c.getCareEpisodes().get(1), ctx).message());
        assertEquals("no review by asAt 2012-03-31, more than 6 months after the previous one on 2011-06-01 (due by 2011-12-01)",
                LookedAfterChecks.reviewTimeliness(c, c.getCareEpisodes().get(2), ctx).message());
    }

    @Test
    void reviewsNotYetDueAndEndedEpisodes() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2012-03-20 }
                  - { id: E2, start: 2011-04-04, end: 2011-06-30 }
                  - { id: E3, start: 2011-06-01, end: 2011-06-20 }
                """);
        assertEquals(Outcome.Status.NOT_YET_DUE, LookedAfterChecks.reviewTimeliness(c, c.getCareEpisodes().get(0), ctx).status());
        assertEquals("no review in the 58 working days from the episode start on 2011-04-04 to the episode end on 2011-06-30 (limit 20)",
                LookedAfterChecks.reviewTimeliness(c, c.getCareEpisodes().get(1), ctx).message());
        assertTrue(LookedAfterChecks.reviewTimeliness(c, c.getCareEpisodes().get(2), ctx).isMet());
    }

    // ------------------------------------------------------------ LAC-05

    @Test
    void permanencePlanByTheSecondReview() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2011-04-04, reviews: [ { date: 2011-07-05, permanencePlan: false }, { date: 2011-04-28, permanencePlan: true } ] }
                  - { id: E2, start: 2011-04-04, reviews: [ { date: 2011-04-28, permanencePlan: false }, { date: 2011-07-05, permanencePlan: false }, { date: 2011-12-01, permanencePlan: true } ] }
                  - { id: E3, start: 2011-04-04, reviews: [ { date: 2011-04-28 }, { date: 2011-07-05, permanencePlan: false } ] }
                  - { id: E4, start: 2011-04-04, reviews: [ { date: 2011-04-28, permanencePlan: true } ] }
                """);
        var e = c.getCareEpisodes();
        assertEquals(LocalDate.parse("2011-07-05"), LookedAfterChecks.secondReviewDate(e.get(0)), "sorted by date");
        assertEquals(Boolean.TRUE, LookedAfterChecks.permanencePlanBySecondReview(e.get(0)));
        assertEquals(Boolean.FALSE, LookedAfterChecks.permanencePlanBySecondReview(e.get(1)));
        assertNull(LookedAfterChecks.permanencePlanBySecondReview(e.get(2)), "unknown at the first review: insufficient evidence");
        assertNull(LookedAfterChecks.secondReviewDate(e.get(3)));
        assertEquals("no permanence plan recorded by the second review on 2011-07-05",
                LookedAfterChecks.permanencePlan(c, e.get(1), ctx("2011-04-01", "2012-03-31", "2012-03-31")).message());
    }

    // ------------------------------------------------------------ LAC-07, LAC-08

    @Test
    void placementsInThePeriodCountAcrossEpisodes() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-04-30");
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2011-01-01, end: 2011-06-30, placements: [ { start: 2011-01-01, end: 2011-04-01 }, { start: 2011-04-01, end: 2011-06-30 } ] }
                  - { id: E2, start: 2011-09-01, placements: [ { start: 2011-09-01, end: 2012-04-10 }, { start: 2012-04-10 } ] }
                """);
        assertTrue(LookedAfterChecks.hasPlacementInPeriod(c, ctx));
        LookedAfterChecks.Result r = LookedAfterChecks.placementMoves(c, ctx);
        assertEquals(Outcome.Status.NOT_MET, r.status());
        assertEquals("E2", r.record());
        assertEquals("3 placements in the period 2011-04-01 to 2012-03-31 (starting 2011-01-01, 2011-04-01, 2011-09-01; limit 2)", r.message());

        Child none = child("""
                id: C2
                careEpisodes:
                  - { id: E3, start: 2010-01-01, end: 2011-03-31, placements: [ { start: 2010-01-01, end: 2011-03-31 } ] }
                """);
        assertFalse(LookedAfterChecks.hasPlacementInPeriod(none, ctx));
    }

    @Test
    void stabilityCohortOnThePeriodEnd() {
        Context ctx = ctx("2011-04-01", "2012-03-31", "2012-03-31");
        Child in = child("""
                id: C1
                dateOfBirth: 1996-04-01
                careEpisodes:
                  - { id: E1, start: 2009-09-30, placements: [ { start: 2009-09-30, end: 2010-03-31 }, { start: 2010-03-31 } ] }
                """);
        assertTrue(LookedAfterChecks.inStabilityCohort(in, in.getCareEpisodes().get(0), ctx));
        assertTrue(LookedAfterChecks.placementStability(in, in.getCareEpisodes().get(0), ctx).isMet());
        Child sixteen = child("""
                id: C2
                dateOfBirth: 1996-03-31
                careEpisodes: [ { id: E2, start: 2009-01-01, placements: [ { start: 2011-01-01 } ] } ]
                """);
        assertFalse(LookedAfterChecks.inStabilityCohort(sixteen, sixteen.getCareEpisodes().get(0), ctx));
        Child recent = child("""
                id: C3
                dateOfBirth: 2000-01-01
                careEpisodes: [ { id: E3, start: 2009-10-01, placements: [ { start: 2011-01-01 } ] } ]
                """);
        assertFalse(LookedAfterChecks.inStabilityCohort(recent, recent.getCareEpisodes().get(0), ctx));
        Child moved = child("""
                id: C4
                dateOfBirth: 2000-01-01
                careEpisodes: [ { id: E4, start: 2009-09-30, placements: [ { start: 2010-04-01 } ] } ]
                """);
        assertEquals("in the current placement since 2010-04-01, less than 2 years by 2012-03-31 (looked after since 2009-09-30)",
                LookedAfterChecks.placementStability(moved, moved.getCareEpisodes().get(0), ctx).message());
        Child adopted = child("""
                id: C5
                dateOfBirth: 2005-03-01
                careEpisodes: [ { id: E5, start: 2009-02-01, placements: [ { start: 2011-11-01, type: adoption } ] } ]
                """);
        assertTrue(LookedAfterChecks.placementStability(adopted, adopted.getCareEpisodes().get(0), ctx).isMet());
    }

    // ------------------------------------------------------------ LAC-11

    @Test
    void returnInterviewWithinSeventyTwoHoursIsThreeCalendarDays() {
        Context ctx = ctx("2011-04-01", "2011-09-30", "2011-09-30");
        Child c = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-01-10
                    missingEpisodes:
                      - { start: 2011-09-19, returned: 2011-09-20, returnInterview: 2011-09-23 }
                      - { start: 2011-05-04, returned: 2011-05-05, returnInterview: 2011-05-09 }
                      - { start: 2011-09-26, returned: 2011-09-27 }
                      - { start: 2011-09-25, returned: 2011-09-26 }
                      - { start: 2011-09-29 }
                      - { start: 2011-03-01, returned: 2011-03-02, returnInterview: 2011-03-10 }
                """);
        CareEpisode e = c.getCareEpisodes().get(0);
        var m = e.getMissingEpisodes();
        assertTrue(LookedAfterChecks.returnInterview(c, e, m.get(0), ctx).isMet());
        assertEquals("return interview on 2011-05-09, 4 days after the return on 2011-05-05 (limit 72 hours)",
                LookedAfterChecks.returnInterview(c, e, m.get(1), ctx).message());
        assertEquals(Outcome.Status.NOT_YET_DUE, LookedAfterChecks.returnInterview(c, e, m.get(2), ctx).status());
        assertEquals("no return interview by asAt 2011-09-30, 4 days after the return on 2011-09-26 (limit 72 hours)",
                LookedAfterChecks.returnInterview(c, e, m.get(3), ctx).message());
        assertTrue(LookedAfterChecks.returnInterviewJudged(m.get(4), ctx));
        assertEquals(Outcome.Status.NOT_YET_DUE, LookedAfterChecks.returnInterview(c, e, m.get(4), ctx).status());
        assertFalse(LookedAfterChecks.returnInterviewJudged(m.get(5), ctx), "interview before the window");

        Context strict = ctx("2011-04-01", "2011-09-30", "2011-09-30", Map.of("LAC-11.maxHours", 36.0));
        assertFalse(LookedAfterChecks.returnInterview(c, e, m.get(0), strict).isMet());
    }

    @Test
    void numbersPrintWithoutNeedlessDecimals() {
        assertEquals("20", LookedAfterChecks.number(20.0));
        assertEquals("20.5", LookedAfterChecks.number(20.5));
    }
}
