package org.childcare.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.Child;
import org.junit.jupiter.api.Test;

class HealthChecksTest {
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
    static Context ctx(String asAt) {
        Catalogue catalogue = Catalogue.empty();
        var problems = new ArrayList<org.childcare.compliance.engine.RuleProblem>();
        catalogue.read("test.yaml", "test", CATALOGUE, problems);
        assertEquals("[]", problems.toString());
        LocalDate end = LocalDate.parse("2012-03-31");
        return new Context(LocalDate.parse("2011-04-01"), end, asAt == null ? end : LocalDate.parse(asAt),
                WorkingCalendar.englandAndWales(), catalogue);
    }

    static Child child(String yaml) {
        try {
            return YAML.readValue(yaml, Child.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void initialAssessmentAtTheLimitIsMetAndOneDayLaterIsNot() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2011-04-21, healthAssessments: [ { date: 2011-05-25, type: initial } ] }
                  - { id: E2, start: 2011-04-21, healthAssessments: [ { date: 2011-05-26, type: initial } ] }
                """);
        var met = HealthChecks.initialAssessment(c.getCareEpisodes().get(0), ctx(null));
        assertTrue(met.met());
        assertEquals("initial health assessment on 2011-05-25, 20 working days after the episode started on 2011-04-21 (limit 20)",
                met.message());
        var late = HealthChecks.initialAssessment(c.getCareEpisodes().get(1), ctx(null));
        assertFalse(late.met());
        assertSame(c.getCareEpisodes().get(1).getHealthAssessments().get(0), late.where());
        assertEquals("E2", late.record());
    }

    @Test
    void initialAssessmentIsTheEarliestNotMarkedReview() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2011-06-01
                    healthAssessments: [ { date: 2011-12-01, type: review }, { date: 2011-06-20 }, { date: 2011-06-10, type: review } ]
                """);
        var r = HealthChecks.initialAssessment(c.getCareEpisodes().get(0), ctx(null));
        assertTrue(r.met());
        assertTrue(r.message().startsWith("initial health assessment on 2011-06-20, 13 working days"), r.message());
    }

    @Test
    void withoutAnAssessmentTheDeadlineIsCountedInWorkingDaysSoAWeekendAsAtIsStillInTime() {
        // due Fri 2012-03-30; asAt Sat 2012-03-31 is still 20 working days: not yet due
        Child c = child("{ id: C1, careEpisodes: [ { id: E1, start: 2012-03-02 } ] }");
        var r = HealthChecks.initialAssessment(c.getCareEpisodes().get(0), ctx("2012-03-31"));
        assertTrue(r.notYetDue());
        assertEquals("initial health assessment due by 2012-03-30 (episode started on 2012-03-02)", r.message());
        // Mon 2012-04-02 is the 21st working day: breached (asAt after period.end is allowed)
        var later = HealthChecks.initialAssessment(c.getCareEpisodes().get(0), ctx("2012-04-02"));
        assertFalse(later.met());
        assertFalse(later.notYetDue());
        assertEquals("no initial health assessment 21 working days after the episode started on 2012-03-02 (limit 20)", later.message());
    }

    @Test
    void anEpisodeThatEndedWithoutAnAssessmentIsJudgedToItsEnd() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2011-07-01, end: 2011-07-15 }
                  - { id: E2, start: 2011-07-01, end: 2011-08-31 }
                """);
        assertFalse(HealthChecks.initialAssessment(c.getCareEpisodes().get(0), ctx(null)).applies());
        var r = HealthChecks.initialAssessment(c.getCareEpisodes().get(1), ctx(null));
        assertEquals("no initial health assessment by the end of the episode on 2011-08-31, 42 working days after it started on 2011-07-01 (limit 20)",
                r.message());
    }

    @Test
    void anAssessmentBeforeTheWindowIsHistory() {
        Child c = child("{ id: C1, careEpisodes: [ { id: E1, start: 2011-02-01, healthAssessments: [ { date: 2011-03-30 } ] } ] }");
        assertFalse(HealthChecks.initialAssessment(c.getCareEpisodes().get(0), ctx(null)).applies());
    }

    @Test
    void reviewLimitFollowsTheAgeOnTheEarlierAssessment() {
        // 5 on 2011-05-01: the assessment on 2011-04-20 was at 4, so 6 months apply to the next one
        Child c = child("""
                id: C1
                dateOfBirth: 2006-05-01
                careEpisodes:
                  - id: E1
                    start: 2010-10-01
                    healthAssessments: [ { date: 2010-10-20 }, { date: 2011-04-20 }, { date: 2011-10-25 } ]
                """);
        var r = HealthChecks.reviewAssessments(c, ctx(null));
        assertFalse(r.met());
        assertEquals("health assessment on 2011-10-25, more than 6 months after the one on 2011-04-20 (due by 2011-10-20; "
                + "limit 6 months under age 5, age 4 on 2011-04-20)", r.message());
        assertSame(c.getCareEpisodes().get(0).getHealthAssessments().get(2), r.where());
    }

    @Test
    void unknownAgeTakesTheOverFiveLimitAndSeveralBreachesAreCounted() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - id: E1
                    start: 2009-01-05
                    healthAssessments: [ { date: 2010-02-01 }, { date: 2011-05-01 } ]
                """);
        // the gap to 2011-05-01 is late, and on asAt 2012-06-01 the next review (due 2012-05-01) is overdue too
        var r = HealthChecks.reviewAssessments(c, ctx("2012-06-01"));
        assertEquals("health assessment on 2011-05-01, more than 12 months after the one on 2010-02-01 (due by 2011-02-01; "
                + "limit 12 months, age unknown); 1 more gap over the limit", r.message());
    }

    @Test
    void aChildWithOnlyAnInitialAssessmentIsNotYetDueAndWithNoneIsLeftOut() {
        Child due = child("{ id: C1, dateOfBirth: 2010-01-01, careEpisodes: [ { id: E1, start: 2012-01-02, healthAssessments: [ { date: 2012-01-10 } ] } ] }");
        var r = HealthChecks.reviewAssessments(due, ctx(null));
        assertTrue(r.notYetDue());
        assertEquals("first review health assessment due by 2012-07-10 (last assessment on 2012-01-10)", r.message());
        Child none = child("{ id: C2, careEpisodes: [ { id: E1, start: 2010-01-04 } ] }");
        assertFalse(HealthChecks.reviewAssessments(none, ctx(null)).applies());
    }

    @Test
    void reviewsBeforeTheWindowStillMakeAChildMetWhenNothingIsOverdue() {
        Child c = child("""
                id: C1
                dateOfBirth: 2000-01-01
                careEpisodes:
                  - { id: E1, start: 2009-01-05, healthAssessments: [ { date: 2009-01-20 }, { date: 2010-01-10 }, { date: 2011-03-15 } ] }
                """);
        // the 2010-01-10 -> 2011-03-15 gap (14 months) ended before the window: history
        var r = HealthChecks.reviewAssessments(c, ctx("2011-09-30"));
        assertTrue(r.met(), r.message());
    }

    @Test
    void continuousSpellJoinsBackToBackEpisodesButNotAGap() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E3, start: 2011-01-01 }
                  - { id: E2, start: 2010-06-01, end: 2010-12-31 }
                  - { id: E1, start: 2009-01-05, end: 2010-05-30 }
                """);
        // E1 ended 2010-05-30, E2 began 2010-06-01: a day out of care between them
        assertEquals(LocalDate.parse("2010-06-01"), HealthChecks.continuousCareStart(c, ctx(null)));
        Child out = child("{ id: C2, careEpisodes: [ { id: E1, start: 2009-01-05, end: 2012-01-31 } ] }");
        assertNull(HealthChecks.continuousCareStart(out, ctx(null)));
    }

    @Test
    void dentalCheckTakesTheLatestInTheSpellAndExactlyTwelveMonthsIsInTime() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2010-02-01, end: 2010-12-31, dentalCheck: 2010-06-01 }
                  - { id: E2, start: 2011-01-01, dentalCheck: 2011-03-31 }
                """);
        var r = HealthChecks.dentalCheck(c, ctx(null));
        assertTrue(r.met());
        assertEquals("E2", r.record());
        assertEquals("dental check on 2011-03-31, within 12 months of asAt 2012-03-31 (looked after since 2010-02-01)", r.message());
        Child young = child("{ id: C2, careEpisodes: [ { id: E1, start: 2011-04-01, dentalCheck: 2010-01-01 } ] }");
        assertFalse(HealthChecks.dentalCheck(young, ctx(null)).applies());
        Child unrecorded = child("{ id: C3, careEpisodes: [ { id: E1, start: 2009-04-01 } ] }");
        assertFalse(HealthChecks.dentalCheck(unrecorded, ctx(null)).applies());
    }

    @Test
    void immunisationsReadTheLatestEpisodeThatRecordsThem() {
        Child c = child("""
                id: C1
                careEpisodes:
                  - { id: E1, start: 2010-02-01, end: 2010-12-31, immunisationsUpToDate: false }
                  - { id: E2, start: 2011-01-01 }
                """);
        var r = HealthChecks.immunisations(c, ctx(null));
        assertFalse(r.met());
        assertEquals("E1", r.record());
        assertEquals("immunisations not up to date (looked after since 2010-02-01)", r.message());
    }
}
