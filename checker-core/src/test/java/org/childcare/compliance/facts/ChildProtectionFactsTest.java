package org.childcare.compliance.facts;

import static org.childcare.compliance.facts.ReferralAndProtectionTestData.child;
import static org.childcare.compliance.facts.ReferralAndProtectionTestData.context;
import static org.childcare.compliance.facts.ReferralAndProtectionTestData.read;
import static org.childcare.compliance.facts.ReferralAndProtectionTestData.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.PlanContent;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Visit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChildProtectionFactsTest {
    static ProtectionPlan plan(String yaml) {
        return read(yaml, ProtectionPlan.class);
    }

    static IntervalWalk walk(ProtectionPlan p, List<LocalDate> events, Context ctx) {
        return IntervalWalk.of(p.getConferenceDate(), p.getEnd(), events, null, ctx);
    }

    /** The intervals a rule would find too long, chosen here by hand as the DRL chooses them. */
    static List<Interval> over(IntervalWalk walk, java.util.function.Predicate<Interval> tooLong) {
        return walk.getIntervals().stream().filter(Interval::isJudged).filter(tooLong).toList();
    }

    @Test
    void stopIsTheEndOnceEndedElseAsAt() {
        Context ctx = context("2011-04-01", "2012-03-31", "2011-09-30");
        assertEquals(LocalDate.parse("2011-06-01"), ChildProtectionFacts.stop(plan("{ id: P1, start: 2011-01-01, end: 2011-06-01 }"), ctx));
        assertEquals(LocalDate.parse("2011-09-30"), ChildProtectionFacts.stop(plan("{ id: P2, start: 2011-01-01, end: 2011-12-01 }"), ctx));
        assertEquals(LocalDate.parse("2011-09-30"), ChildProtectionFacts.stop(plan("{ id: P3, start: 2011-01-01 }"), ctx));
    }

    @Nested
    class Visits {
        @Test
        void workedExampleWording() {
            // criteria.md: gaps 5, 10, 15 (> 10: breach); the open tail 04-12 -> 05-20 is 24 (> 20: critical)
            Context ctx = context("2010-04-01", "2011-03-31", "2011-05-20");
            ProtectionPlan p = plan("""
                    { id: P1, start: 2011-03-01, visits: [ { date: 2011-03-08, seen: true }, { date: 2011-03-22, seen: true },
                      { date: 2011-04-12, seen: true } ] }""");
            IntervalWalk w = IntervalWalk.of(p.getEffectiveStart(), p.getEnd(), Dates.of(p.getVisits()), null, ctx);
            assertEquals("visit gap of 15 working days from 2011-03-22 to 2011-04-12 (limit 10); "
                    + "no visit for 24 working days from the last visit on 2011-04-12 to asAt 2011-05-20 (limit 10, critical over 20)",
                    ChildProtectionFacts.visitProblems(over(w, i -> i.workingDays() > 10), List.of(), 10, 20, w.isOpen()));
        }

        @Test
        void firstVisitAndUnseenVisitWording() {
            Context ctx = context("2011-04-01", "2012-03-31", "2011-05-13");
            ProtectionPlan p = plan("{ id: P1, start: 2011-04-20, visits: [ { date: 2011-05-11, seen: false } ] }");
            IntervalWalk w = IntervalWalk.of(p.getEffectiveStart(), p.getEnd(), Dates.of(p.getVisits()), null, ctx);
            Visit unseen = p.getVisits().get(0);
            assertEquals("first visit on 2011-05-11, 11 working days after the plan started on 2011-04-20 (limit 10); "
                    + "child not seen on the visit of 2011-05-11",
                    ChildProtectionFacts.visitProblems(over(w, i -> i.workingDays() > 10), List.of(unseen), 10, 20, w.isOpen()));
            assertEquals("1 visit, never more than 11 working days apart (limit 10)", ChildProtectionFacts.visitsMet(w, 10));
        }
    }

    @Nested
    class CoreGroups {
        @Test
        void firstLateAfterAChristmasConference() {
            // criteria.md: 10 working days after Fri 2010-12-17 is Wed 2011-01-05, so 01-06 is 11
            Context ctx = context("2010-04-01", "2011-03-31", "2011-01-31");
            ProtectionPlan p = plan("{ id: P1, icpc: { date: 2010-12-17 }, coreGroups: [2011-01-06] }");
            IntervalWalk w = walk(p, p.getCoreGroups(), ctx);
            assertEquals("first core group on 2011-01-06, 11 working days after the initial conference on 2010-12-17 (limit 10)",
                    ChildProtectionFacts.coreGroupProblems(over(w, i -> i.first() && i.workingDays() > 10), 10, 6, w.isOpen()));
        }

        @Test
        void laterIntervalsAndTheOpenTailInCalendarDays() {
            Context ctx = context("2010-04-01", "2011-03-31", "2011-01-31");
            ProtectionPlan p = plan("{ id: P2, icpc: { date: 2010-10-01 }, coreGroups: [2010-10-12, 2010-11-24] }");
            IntervalWalk w = walk(p, p.getCoreGroups(), ctx);
            assertEquals("core groups 43 days apart, from 2010-10-12 to 2010-11-24 (limit 6 weeks); "
                    + "no core group for 68 days from the last one on 2010-11-24 to asAt 2011-01-31 (limit 6 weeks)",
                    ChildProtectionFacts.coreGroupProblems(over(w, i -> !i.first() && i.calendarDays() > 42), 10, 6, w.isOpen()));
            assertEquals("2 core groups, the first within 10 working days of the initial conference and then at most 6 weeks apart",
                    ChildProtectionFacts.coreGroupsMet(w, 10, 6));
        }

        @Test
        void noneSinceTheConference() {
            Context ctx = context("2011-04-01", "2012-03-31", "2011-05-20");
            ProtectionPlan p = plan("{ id: P2, icpc: { date: 2011-05-05 }, coreGroups: [] }");
            IntervalWalk w = walk(p, p.getCoreGroups(), ctx);
            assertEquals("no core group 11 working days after the initial conference on 2011-05-05 (to asAt 2011-05-20; limit 10)",
                    ChildProtectionFacts.coreGroupProblems(over(w, i -> i.workingDays() > 10), 10, 6, w.isOpen()));
        }
    }

    @Nested
    class Reviews {
        @Test
        void dueDatesAreCalendarMonthsClampedToTheMonthEnd() {
            // criteria.md: ICPC 2011-01-31, first review by 2011-04-30; review 2011-08-31, next by 2012-02-29
            Context ctx = context("2011-04-01", "2012-03-31", "2012-03-31");
            Interval first = new Interval(LocalDate.parse("2011-01-31"), LocalDate.parse("2011-05-02"), true, false, 0, 0, true, true);
            assertEquals(LocalDate.parse("2011-04-30"), ChildProtectionFacts.reviewDueBy(first, 3, 6, ctx));
            Interval later = new Interval(LocalDate.parse("2011-08-31"), LocalDate.parse("2012-03-01"), false, false, 0, 0, true, true);
            assertEquals(LocalDate.parse("2012-02-29"), ChildProtectionFacts.reviewDueBy(later, 3, 6, ctx));
            assertTrue(later.endsAfter(ChildProtectionFacts.reviewDueBy(later, 3, 6, ctx)));
        }

        @Test
        void wordingNamesTheDueDate() {
            Context ctx = context("2011-04-01", "2012-03-31", "2012-03-31");
            ProtectionPlan p = plan("{ id: P1, icpc: { date: 2011-01-31 }, reviewConferences: [2011-05-05] }");
            IntervalWalk w = walk(p, p.getReviewConferences(), ctx);
            List<Interval> late = over(w, i -> i.endsAfter(ChildProtectionFacts.reviewDueBy(i, 3, 6, ctx)));
            assertEquals("first review conference on 2011-05-05, due by 2011-04-30 (3 months after the initial conference on 2011-01-31); "
                    + "no review conference by asAt 2012-03-31 since the review on 2011-05-05, due by 2011-11-05",
                    ChildProtectionFacts.reviewProblems(late, 3, 6, w.isOpen(), ctx));
            assertEquals("1 review conference, each in time", ChildProtectionFacts.reviewsMet(w));
        }
    }

    @Test
    void planContentWordingNamesTheElementsStatedFalse() {
        assertEquals("written plan does not state timescales or contingency", ChildProtectionFacts.notStated(read(
                "{ outcomes: true, responsibilities: true, timescales: false, contingency: false }", PlanContent.class)));
        assertEquals("written plan does not state outcomes", ChildProtectionFacts.notStated(read(
                "{ outcomes: false, responsibilities: true }", PlanContent.class)));
    }

    @Test
    void reportWordingNamesWhatWasLate() {
        assertEquals("initial conference on 2011-05-13: partner agencies' reports were not on time", ChildProtectionFacts.reportProblems(read(
                "{ date: 2011-05-13, reportsSharedWithFamily: true, agencyReportsOnTime: false }", Icpc.class)));
        assertEquals("initial conference on 2011-09-01: the family did not have the report beforehand; partner agencies' reports were not on time",
                ChildProtectionFacts.reportProblems(read("{ date: 2011-09-01, reportsSharedWithFamily: false, agencyReportsOnTime: false }", Icpc.class)));
    }

    @Test
    void durationsInWords() {
        assertEquals("plan from 2009-06-15 to 2011-06-15 lasted 2 years",
                ChildProtectionFacts.lasted(LocalDate.parse("2009-06-15"), LocalDate.parse("2011-06-15")));
        assertEquals("plan from 2009-06-15 to 2011-06-14 lasted 1 year 11 months 30 days",
                ChildProtectionFacts.lasted(LocalDate.parse("2009-06-15"), LocalDate.parse("2011-06-14")));
        assertEquals("2 years 2 months", ChildProtectionFacts.describe(Period.of(2, 2, 0)));
        assertEquals("0 days", ChildProtectionFacts.describe(Period.ZERO));
        assertEquals("two years", ChildProtectionFacts.monthsInWords(24));
        assertEquals("one year", ChildProtectionFacts.monthsInWords(12));
        assertEquals("30 months", ChildProtectionFacts.monthsInWords(30));
        assertEquals("once", ChildProtectionFacts.times(1));
        assertEquals("2 times", ChildProtectionFacts.times(2));
    }

    @Test
    void previousPlanIsTheEarlierOneThatEndedLast() {
        Child c = child("""
                { id: C1, protectionPlans: [ { id: P1, start: 2006-01-10, end: 2007-02-01 }, { id: P2, start: 2008-01-10, end: 2009-02-01 },
                  { id: P3, start: 2011-06-01 }, { id: P4 } ] }""");
        List<ProtectionPlan> plans = c.getProtectionPlans();
        assertSame(plans.get(1), ChildProtectionFacts.previousPlan(c, plans.get(2)));
        assertSame(plans.get(0), ChildProtectionFacts.previousPlan(c, plans.get(1)));
        assertNull(ChildProtectionFacts.previousPlan(c, plans.get(0)));
        assertNull(ChildProtectionFacts.previousPlan(c, plans.get(3)), "a plan without a start cannot be placed");
        Child open = child("{ id: C2, protectionPlans: [ { id: P1, start: 2010-01-10 }, { id: P2, start: 2009-01-10, end: 2010-03-01 }, { id: P3, start: 2011-06-01 } ] }");
        assertSame(open.getProtectionPlans().get(0), ChildProtectionFacts.previousPlan(open, open.getProtectionPlans().get(2)),
                "an earlier plan still open ends last");
        assertTrue(ChildProtectionFacts.stillOpenAt(open.getProtectionPlans().get(0), LocalDate.parse("2011-06-01")));
        assertFalse(ChildProtectionFacts.stillOpenAt(open.getProtectionPlans().get(1), LocalDate.parse("2011-06-01")));
        assertEquals("the previous plan P2 ", ChildProtectionFacts.previousName(plans.get(1)));
        assertEquals("3 previous plans", ChildProtectionFacts.previousPlans(3));
        assertEquals("1 year", ChildProtectionFacts.years(1));
    }

    @Test
    void currentPlanAndWorkersInPost() {
        Context ctx = context("2011-04-01", "2012-03-31", "2011-09-30");
        Child c = child("{ id: C1, protectionPlans: [ { id: P0, start: 2010-01-01, end: 2010-06-01 }, { id: P1, start: 2011-05-01 } ] }");
        assertSame(c.getProtectionPlans().get(1), ChildProtectionFacts.currentPlan(c, ctx));
        assertNull(ChildProtectionFacts.currentPlan(child("{ id: C2, protectionPlans: [ { id: P1, start: 2011-01-01, end: 2011-09-30 } ] }"), ctx),
                "a plan ending on asAt is not open on asAt");
        assertTrue(ChildProtectionFacts.inPost(worker("{ id: SW1, role: social-worker }"), ctx));
        assertTrue(ChildProtectionFacts.inPost(worker("{ id: SW2, role: social-worker, left: 2011-10-01 }"), ctx));
        assertFalse(ChildProtectionFacts.inPost(worker("{ id: SW3, role: social-worker, left: 2011-09-30 }"), ctx));
    }
}
