package org.childcare.compliance.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.junit.jupiter.api.Test;

/**
 * The facts health.drl derives. {@link #ctx} and {@link #child} are shared with the education and
 * care leaver checks' tests, whose parameters the catalogue below carries.
 */
public class HealthFactsTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    static final String CATALOGUE = """
            criteria:
              - { id: HLT-01, title: t, bands: "95 / 85 / 70", timescale: 3m, action: a, parameters: { maxWorkingDays: 20 } }
              - { id: HLT-02, title: t, bands: "93 / 85 / 70", timescale: 3m, action: a, parameters: { under5Months: 6, over5Months: 12 } }
              - { id: EDU-01, title: t, bands: "95 / 85 / 70", timescale: 3m, action: a, parameters: { initialWorkingDays: 20, reviewMaxDays: 122 } }
              - { id: EDU-03, title: t, bands: "≤ 5 / 8 / 12", timescale: 6m, action: a, parameters: { maxDays: 25 } }
              - { id: CL-01, title: t, bands: "95 / 85 / 70", timescale: 3m, action: a, parameters: { reviewMonths: 6 } }
            """;

    /** A context for the business year 2011-12 with asAt as given (null = period end). */
    public static Context ctx(String asAt) {
        Catalogue catalogue = Catalogue.empty();
        var problems = new ArrayList<org.childcare.compliance.engine.RuleProblem>();
        catalogue.read("test.yaml", "test", CATALOGUE, problems);
        assertEquals("[]", problems.toString());
        LocalDate end = LocalDate.parse("2012-03-31");
        return new Context(LocalDate.parse("2011-04-01"), end, asAt == null ? end : LocalDate.parse(asAt),
                WorkingCalendar.englandAndWales(), catalogue);
    }

    public static Child child(String yaml) {
        try {
            return YAML.readValue(yaml, Child.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }


    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static IntervalWalk walk(CareEpisode e, Context ctx) {
        return IntervalWalk.of(e.getStart(), e.getEnd(), Dates.of(e.getHealthAssessments()),
                e.knownFrom("healthAssessments"), ctx);
    }

    // ------------------------------------------------------------ HLT-01

    @Test
    void initialAssessmentIsTheEarliestNotMarkedReview() {
        CareEpisode e = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-06-01
                    healthAssessments: [ { date: 2011-12-01, type: review }, { date: 2011-06-20 }, { date: 2011-06-10, type: review } ]
                """).getCareEpisodes().get(0);
        assertEquals(d("2011-06-20"), HealthFacts.initialAssessment(e).getDate());
        CareEpisode none = child("{ id: C2, careEpisodes: [ { id: E2, start: 2011-06-01, healthAssessments: [] } ] }")
                .getCareEpisodes().get(0);
        assertNull(HealthFacts.initialAssessment(none));
    }

    @Test
    void anEpisodeIsJudgedToAsAtWhileOpenElseToItsEnd() {
        List<CareEpisode> e = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2011-07-01, end: 2011-07-15 }
                  - { id: E2, start: 2012-01-02 }
                  - { id: E3, start: 2011-07-01, end: 2012-06-01, healthAssessments: [], knownFrom: { healthAssessments: 2011-09-01 } }
                """).getCareEpisodes();
        assertFalse(HealthFacts.isOpen(e.get(0), ctx(null)));
        assertEquals(d("2011-07-15"), HealthFacts.until(e.get(0), ctx(null)));
        assertTrue(HealthFacts.isOpen(e.get(1), ctx(null)));
        assertEquals(d("2012-03-31"), HealthFacts.until(e.get(1), ctx(null)));
        assertEquals(d("2012-03-31"), HealthFacts.until(e.get(2), ctx(null)), "ends after asAt: open on asAt");
        assertFalse(HealthFacts.assessmentsKnownAfterStart(e.get(0)));
        assertTrue(HealthFacts.assessmentsKnownAfterStart(e.get(2)));
    }

    // ------------------------------------------------------------ HLT-02

    @Test
    void reviewLimitFollowsTheAgeOnTheEarlierAssessmentAndMonthsClampToMonthEnd() {
        // 5 on 2011-05-01: the assessment on 2011-04-20 was at 4, so 6 months apply to the next one
        Child c = child("""
                id: C1
                dateOfBirth: 2006-05-01
                careEpisodes:
                  - id: E1
                    start: 2010-10-01
                    healthAssessments: [ { date: 2010-10-20 }, { date: 2011-04-20 }, { date: 2011-10-25 } ]
                """);
        var limits = HealthFacts.AssessmentLimits.of(c, 6, 12, 5, ctx(null));
        assertEquals(6, limits.months(d("2011-04-20")));
        assertEquals(12, limits.months(d("2011-05-01")));
        Interval fromAugust31 = new Interval(d("2011-08-31"), d("2012-03-01"), false, false, 0, 0, true, true);
        assertEquals(d("2012-08-31"), limits.lastDay(fromAugust31), "aged 5 on 2011-08-31: 12 months");
        Child young = child("{ id: C2, dateOfBirth: 2009-01-01 }");
        assertEquals(d("2012-02-29"), HealthFacts.AssessmentLimits.of(young, 6, 12, 5, ctx(null)).lastDay(fromAugust31),
                "6 months from 2011-08-31 is the last day of February 2012, a leap year");
        IntervalWalk walk = walk(c.getCareEpisodes().get(0), ctx(null));
        List<Interval> late = walk.getIntervals().stream()
                .filter(i -> !i.first() && i.isJudged() && i.endsAfter(limits.lastDay(i))).toList();
        assertEquals("health assessment on 2011-10-25, more than 6 months after the one on 2011-04-20 (due by 2011-10-20; "
                + "limit 6 months under age 5, age 4 on 2011-04-20)", HealthFacts.assessmentProblems(late, limits, walk));
        assertEquals(d("2011-10-25"), HealthFacts.lastAssessment(walk));
    }

    @Test
    void anOverdueTailIsToldWithTheRestCounted() {
        Child c = child("""
                id: C1
                dateOfBirth: 2001-01-01
                careEpisodes:
                  - id: E1
                    start: 2009-01-05
                    end: 2012-05-15
                    healthAssessments: [ { date: 2010-02-01 }, { date: 2011-05-01 } ]
                """);
        // the gap to 2011-05-01 is late, and the next (due 2012-05-01) was overdue when the episode ended on 2012-05-15
        Context ctx = ctx("2012-06-01");
        var limits = HealthFacts.AssessmentLimits.of(c, 6, 12, 5, ctx);
        IntervalWalk walk = walk(c.getCareEpisodes().get(0), ctx);
        List<Interval> late = walk.getIntervals().stream()
                .filter(i -> !i.first() && i.isJudged() && i.endsAfter(limits.lastDay(i))).toList();
        assertEquals("health assessment on 2011-05-01, more than 12 months after the one on 2010-02-01 (due by 2011-02-01; "
                + "limit 12 months from age 5, age 9 on 2010-02-01); 1 more gap over the limit", HealthFacts.assessmentProblems(late, limits, walk));
        assertEquals("no health assessment since 2011-05-01: review due by 2012-05-01 was overdue when the episode ended on 2012-05-15 "
                + "(limit 12 months from age 5, age 10 on 2011-05-01)",
                HealthFacts.assessmentProblems(List.of(walk.getTail()), limits, walk));
    }

    @Test
    void theDatedAssessmentsDoNotCoverAnEpisodeWithoutTheListOrKnownOnlyAfterTheLastOne() {
        List<CareEpisode> e = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2010-01-04 }
                  - { id: E2, start: 2010-01-04, healthAssessments: [ { date: 2010-01-20 } ], knownFrom: { healthAssessments: 2011-06-01 } }
                  - { id: E3, start: 2010-01-04, healthAssessments: [ { date: 2010-01-20 }, { date: 2011-07-01 } ],
                      knownFrom: { healthAssessments: 2011-06-01 } }
                  - { id: E4, start: 2011-01-04, healthAssessments: [] }
                """).getCareEpisodes();
        assertEquals("no health assessments recorded", HealthFacts.uncoveredReason(e.get(0), walk(e.get(0), ctx(null))));
        assertEquals("history known from 2011-06-01", HealthFacts.uncoveredReason(e.get(1), walk(e.get(1), ctx(null))));
        assertNull(HealthFacts.uncoveredReason(e.get(2), walk(e.get(2), ctx(null))), "the tail from 2011-07-01 is known");
        assertNull(HealthFacts.uncoveredReason(e.get(3), walk(e.get(3), ctx(null))), "none yet: HLT-01's, not uncovered");
    }

    // ------------------------------------------------------------ HLT-03, HLT-04

    @Test
    void theSpellJoinsBackToBackEpisodesButNotAGap() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E3, start: 2011-01-01 }
                  - { id: E2, start: 2010-06-01, end: 2010-12-31 }
                  - { id: E1, start: 2009-01-05, end: 2010-05-30 }
                """);
        // E1 ended 2010-05-30, E2 began 2010-06-01: a day out of care between them
        assertEquals(d("2010-06-01"), HealthFacts.spellStart(c, 12, ctx(null)));
        assertEquals(List.of("E2", "E3"), HealthFacts.spell(c, 12, ctx(null)).stream().map(CareEpisode::getId).toList());
        assertNull(HealthFacts.spellStart(c, 24, ctx(null)), "not 24 months by asAt 2012-03-31");
        Child out = child("{ id: C2, careEpisodes: [ { id: E1, start: 2009-01-05, end: 2012-01-31 } ] }");
        assertNull(HealthFacts.spellStart(out, 12, ctx(null)));
    }

    @Test
    void theLatestDentalCheckOrFlagAndImmunisationRecordOfTheSpell() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2010-02-01, end: 2010-12-31, dentalCheck: 2010-06-01, immunisationsUpToDate: false }
                  - { id: E2, start: 2011-01-01, dentalCheck: 2011-03-31, dentalCheckInYear: true }
                """);
        assertEquals("E2", HealthFacts.latestDentalCheck(c, 12, ctx(null)).getId());
        assertEquals("E2", HealthFacts.dentalCheckFlag(c, 12, ctx(null)).getId());
        assertEquals("E1", HealthFacts.immunisationRecord(c, 12, ctx(null)).getId(), "the latest episode that records them");
        Child unrecorded = child("{ id: C3, careEpisodes: [ { id: E1, start: 2009-04-01 } ] }");
        assertNull(HealthFacts.latestDentalCheck(unrecorded, 12, ctx(null)));
        assertNull(HealthFacts.dentalCheckFlag(unrecorded, 12, ctx(null)));
        assertNull(HealthFacts.immunisationRecord(unrecorded, 12, ctx(null)));
    }

    @Test
    void percentagesLoseATrailingZero() {
        assertEquals("98%", HealthFacts.percent(98));
        assertEquals("83.7%", HealthFacts.percent(83.7));
    }
}
