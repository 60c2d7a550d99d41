package org.childcare.compliance.checks;

import static org.childcare.compliance.checks.ReferralAndProtectionTestData.child;
import static org.childcare.compliance.checks.ReferralAndProtectionTestData.context;
import static org.childcare.compliance.checks.ReferralAndProtectionTestData.read;
import static org.childcare.compliance.checks.ReferralAndProtectionTestData.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Outcome.Status;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.PlanContent;
import org.childcare.compliance.model.ProtectionPlan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChildProtectionChecksTest {
    static ProtectionPlan plan(String yaml) {
        return read(yaml, ProtectionPlan.class);
    }

    @Nested
    class Visits {
        @Test
        void workedExampleBreachesWithACriticalOpenTail() {
            // criteria.md: gaps 5, 10, 15 (> 10: breach); the open tail 04-12 → 05-20 is 24 (> 20: critical)
            ProtectionPlan p = plan("""
                    { id: P1, start: 2011-03-01, visits: [ { date: 2011-03-08, seen: true }, { date: 2011-03-22, seen: true },
                      { date: 2011-04-12, seen: true } ] }""");
            Verdict v = ChildProtectionChecks.visits(p, context("2010-04-01", "2011-03-31", "2011-05-20"));
            assertEquals(Status.NOT_MET, v.status());
            assertTrue(v.critical());
            assertEquals("visit gap of 15 working days from 2011-03-22 to 2011-04-12 (limit 10); "
                    + "no visit for 24 working days from the last visit on 2011-04-12 to asAt 2011-05-20 (limit 10, critical over 20)",
                    v.message());
        }

        @Test
        void planWithoutAVisitBeforeItsFirstDeadlineIsNotYetDue() {
            ProtectionPlan p = plan("{ id: P1, start: 2011-05-16 }");
            Verdict v = ChildProtectionChecks.visits(p, context("2011-04-01", "2012-03-31", "2011-05-20"));
            assertEquals(Status.NOT_YET_DUE, v.status());
            // 10 working days after Mon 2011-05-16, with the spring bank holiday on 05-30
            assertEquals("plan started 2011-05-16, no visit yet: first visit due by 2011-05-31", v.message());
        }

        @Test
        void exactlyTheLimitIsMetAndOneMoreIsNot() {
            Context ctx = context("2011-01-01", "2011-12-31", "2011-03-31");
            // 03-01 → 03-15 is 10 working days; 03-15 → asAt 03-31 is 12
            ProtectionPlan atLimit = plan("{ id: P1, start: 2011-03-01, end: 2011-03-25, visits: [ { date: 2011-03-15, seen: true } ] }");
            Verdict v = ChildProtectionChecks.visits(atLimit, ctx);
            assertEquals(Status.MET, v.status());
            assertEquals("1 visit, never more than 10 working days apart (limit 10)", v.message());
            ProtectionPlan openTail = plan("{ id: P2, start: 2011-03-01, visits: [ { date: 2011-03-15, seen: true } ] }");
            Verdict tail = ChildProtectionChecks.visits(openTail, ctx);
            assertEquals(Status.NOT_MET, tail.status());
            assertFalse(tail.critical());
            assertEquals("no visit for 12 working days from the last visit on 2011-03-15 to asAt 2011-03-31 (limit 10)", tail.message());
        }

        @Test
        void gapOverTheCriticalIntervalOnAnEndedPlanIsABreachButNotCritical() {
            ProtectionPlan p = plan("""
                    { id: P1, start: 2011-04-01, end: 2011-05-27, visits: [ { date: 2011-04-12, seen: true }, { date: 2011-05-20, seen: true } ] }""");
            Verdict v = ChildProtectionChecks.visits(p, context("2011-04-01", "2012-03-31", "2011-06-30"));
            assertEquals(Status.NOT_MET, v.status());
            assertFalse(v.critical());
            assertEquals("visit gap of 24 working days from 2011-04-12 to 2011-05-20 (limit 10)", v.message());
        }

        @Test
        void anEarlierGapOverTheCriticalIntervalOnAnOpenPlanIsCritical() {
            ProtectionPlan p = plan("""
                    { id: P1, start: 2011-04-01, visits: [ { date: 2011-04-12, seen: true }, { date: 2011-05-20, seen: true } ] }""");
            Verdict v = ChildProtectionChecks.visits(p, context("2011-04-01", "2012-03-31", "2011-05-23"));
            assertTrue(v.critical());
            assertEquals("visit gap of 24 working days from 2011-04-12 to 2011-05-20 (limit 10, critical over 20)", v.message());
        }

        @Test
        void gapsThatEndedBeforeThePeriodAreHistory() {
            // 01-04 → 03-01 and 03-01 → 03-31 are far over the limit, and 03-01 was unseen, but they ended before period.start
            ProtectionPlan p = plan("""
                    { id: P1, start: 2011-01-04, visits: [ { date: 2011-03-01, seen: false }, { date: 2011-03-31, seen: true },
                      { date: 2011-04-08, seen: true } ] }""");
            Verdict v = ChildProtectionChecks.visits(p, context("2011-04-01", "2012-03-31", "2011-04-15"));
            assertEquals(Status.MET, v.status(), v.message());
            assertEquals("3 visits, never more than 6 working days apart (limit 10)", v.message());
        }

        @Test
        void visitWithoutTheChildSeenIsABreach() {
            ProtectionPlan p = plan("""
                    { id: P1, start: 2011-04-01, visits: [ { date: 2011-04-05, seen: true }, { date: 2011-04-12, seen: false } ] }""");
            Verdict v = ChildProtectionChecks.visits(p, context("2011-04-01", "2012-03-31", "2011-04-15"));
            assertEquals(Status.NOT_MET, v.status());
            assertEquals("child not seen on the visit of 2011-04-12", v.message());
        }

        @Test
        void planWithoutAnyVisitPastItsFirstDeadlineIsABreach() {
            ProtectionPlan p = plan("{ id: P1, start: 2011-03-01 }");
            Verdict v = ChildProtectionChecks.visits(p, context("2011-01-01", "2011-12-31", "2011-03-16"));
            assertEquals("no visit for 11 working days from the plan's start on 2011-03-01 to asAt 2011-03-16 (limit 10)", v.message());
            assertFalse(v.critical());
        }

        @Test
        void endedPlanThatNeverReachedItsFirstDeadlineIsLeftOut() {
            assertNull(ChildProtectionChecks.visits(plan("{ id: P1, start: 2011-03-01, end: 2011-03-08 }"),
                    context("2011-01-01", "2011-12-31", "2011-06-30")));
        }
    }

    @Nested
    class CoreGroups {
        @Test
        void firstWithinTenWorkingDaysOverChristmas() {
            // criteria.md: 10 working days after Fri 2010-12-17 is Wed 2011-01-05
            Context ctx = context("2010-04-01", "2011-03-31", "2011-01-31");
            Verdict inTime = ChildProtectionChecks.coreGroups(plan("{ id: P1, icpc: { date: 2010-12-17 }, coreGroups: [2011-01-05] }"), ctx);
            assertEquals(Status.MET, inTime.status(), inTime.message());
            Verdict late = ChildProtectionChecks.coreGroups(plan("{ id: P2, icpc: { date: 2010-12-17 }, coreGroups: [2011-01-06] }"), ctx);
            assertEquals("first core group on 2011-01-06, 11 working days after the initial conference on 2010-12-17 (limit 10)",
                    late.message());
        }

        @Test
        void laterOnesAtMostSixWeeksApartAndTheOpenTailCounts() {
            Context ctx = context("2011-04-01", "2012-03-31", "2011-07-14");
            // 05-02 → 06-13 is 42 days (met); 06-13 → asAt 07-14 is 31 days (met)
            Verdict met = ChildProtectionChecks.coreGroups(plan("{ id: P1, icpc: { date: 2011-04-20 }, coreGroups: [2011-05-03, 2011-06-14] }"), ctx);
            assertEquals(Status.MET, met.status(), met.message());
            Verdict late = ChildProtectionChecks.coreGroups(plan("{ id: P2, icpc: { date: 2011-04-20 }, coreGroups: [2011-05-03, 2011-06-15] }"), ctx);
            assertEquals("core groups 43 days apart, from 2011-05-03 to 2011-06-15 (limit 6 weeks)", late.message());
            Verdict tail = ChildProtectionChecks.coreGroups(plan("{ id: P3, icpc: { date: 2011-04-20 }, coreGroups: [2011-05-03] }"), ctx);
            assertEquals("no core group for 72 days from the last one on 2011-05-03 to asAt 2011-07-14 (limit 6 weeks)", tail.message());
        }

        @Test
        void noCoreGroupYetIsNotYetDueUntilTheFirstDeadline() {
            ProtectionPlan p = plan("{ id: P1, icpc: { date: 2011-05-16 } }");
            assertEquals(Status.NOT_YET_DUE, ChildProtectionChecks.coreGroups(p, context("2011-04-01", "2012-03-31", "2011-05-31")).status());
            Verdict v = ChildProtectionChecks.coreGroups(p, context("2011-04-01", "2012-03-31", "2011-06-01"));
            assertEquals("no core group 11 working days after the initial conference on 2011-05-16 (to asAt 2011-06-01; limit 10)", v.message());
        }
    }

    @Nested
    class Reviews {
        @Test
        void firstWithinThreeMonthsClampedToMonthEnd() {
            // criteria.md: ICPC 2011-01-31, first review by 2011-04-30
            Context ctx = context("2010-04-01", "2011-03-31", "2011-06-30");
            assertEquals(Status.MET, ChildProtectionChecks.reviews(plan("{ id: P1, icpc: { date: 2011-01-31 }, reviewConferences: [2011-04-30] }"), ctx).status());
            Verdict late = ChildProtectionChecks.reviews(plan("{ id: P2, icpc: { date: 2011-01-31 }, reviewConferences: [2011-05-02] }"), ctx);
            assertEquals("first review conference on 2011-05-02, due by 2011-04-30 (3 months after the initial conference on 2011-01-31)",
                    late.message());
        }

        @Test
        void laterWithinSixMonthsAcrossALeapYear() {
            // criteria.md: review 2011-08-31, next by 2012-02-29
            Context ctx = context("2011-04-01", "2012-03-31", "2012-03-31");
            ProtectionPlan met = plan("{ id: P1, icpc: { date: 2011-06-01 }, end: 2012-03-30, reviewConferences: [2011-08-31, 2012-02-29] }");
            assertEquals(Status.MET, ChildProtectionChecks.reviews(met, ctx).status());
            ProtectionPlan late = plan("{ id: P2, icpc: { date: 2011-06-01 }, reviewConferences: [2011-08-31, 2012-03-01] }");
            assertEquals("review conference on 2012-03-01, due by 2012-02-29 (6 months after the review on 2011-08-31)",
                    ChildProtectionChecks.reviews(late, ctx).message());
        }

        @Test
        void overdueOnAsAtAndNotYetDue() {
            ProtectionPlan p = plan("{ id: P1, icpc: { date: 2011-01-31 } }");
            assertEquals(Status.NOT_YET_DUE, ChildProtectionChecks.reviews(p, context("2010-04-01", "2011-03-31", "2011-04-30")).status());
            assertEquals("no review conference by asAt 2011-05-01 since the initial conference on 2011-01-31, due by 2011-04-30",
                    ChildProtectionChecks.reviews(p, context("2010-04-01", "2011-03-31", "2011-05-01")).message());
        }
    }

    @Test
    void planContentNeedsAllFourElements() {
        assertEquals(Status.MET, ChildProtectionChecks.content(read(
                "{ outcomes: true, responsibilities: true, timescales: true, contingency: true }", PlanContent.class)).status());
        assertEquals("written plan does not state timescales or contingency", ChildProtectionChecks.content(read(
                "{ outcomes: true, responsibilities: true, timescales: false, contingency: false }", PlanContent.class)).message());
        assertNull(ChildProtectionChecks.content(read("{ outcomes: true, responsibilities: true }", PlanContent.class)));
    }

    @Test
    void reportsNeedBothAnswers() {
        assertEquals("initial conference on 2011-05-13: partner agencies' reports were not on time", ChildProtectionChecks.reports(read(
                "{ date: 2011-05-13, reportsSharedWithFamily: true, agencyReportsOnTime: false }", Icpc.class)).message());
        assertEquals(Status.MET, ChildProtectionChecks.reports(read(
                "{ date: 2011-05-13, reportsSharedWithFamily: true, agencyReportsOnTime: true }", Icpc.class)).status());
        assertNull(ChildProtectionChecks.reports(read("{ date: 2011-05-13, reportsSharedWithFamily: true }", Icpc.class)));
    }

    @Test
    void twoYearsToTheDayCountsAsTwoYears() {
        Context ctx = context("2011-04-01", "2012-03-31", "2012-03-31");
        Verdict two = ChildProtectionChecks.duration(plan("{ id: P1, start: 2009-06-15, end: 2011-06-15 }"), ctx);
        assertEquals("plan from 2009-06-15 to 2011-06-15 lasted 2 years (two years or more)", two.message());
        Verdict less = ChildProtectionChecks.duration(plan("{ id: P2, start: 2009-06-15, end: 2011-06-14 }"), ctx);
        assertEquals(Status.MET, less.status());
        assertEquals("plan from 2009-06-15 to 2011-06-14 lasted 1 year 11 months 30 days", less.message());
    }

    @Test
    void repeatPlansHoweverLongAgoOrWithinTheWindow() {
        Child c = child("""
                { id: C1, protectionPlans: [ { id: P1, start: 2006-01-10, end: 2007-02-01 }, { id: P2, start: 2011-06-01 } ] }""");
        ProtectionPlan second = c.getProtectionPlans().get(1);
        Context ctx = context("2011-04-01", "2012-03-31", "2012-03-31");
        Verdict v = ChildProtectionChecks.repeatPlan(c, second, ctx);
        assertEquals("plan started 2011-06-01, a second or later plan: the previous plan P1 ended on 2007-02-01", v.message());
        assertEquals(Status.MET, ChildProtectionChecks.repeatPlan(c, c.getProtectionPlans().get(0), ctx).status());
        Context twoYears = context("2011-04-01", "2012-03-31", "2012-03-31", List.of(), ReferralAndProtectionTestData.catalogue().withOverrides(
                java.util.Map.of("CP-12.windowYears", 2.0)));
        Verdict outside = ChildProtectionChecks.repeatPlan(c, second, twoYears);
        assertEquals("plan started 2011-06-01, more than 2 years after the previous plan P1 ended on 2007-02-01", outside.message());
        assertTrue(outside.isMet());
    }

    @Test
    void allocationToAQualifiedWorkerInPost() {
        Context ctx = context("2011-04-01", "2012-03-31", "2011-09-30", List.of(
                worker("{ id: SW1, role: social-worker, qualified: true }"),
                worker("{ id: SW2, role: unqualified, qualified: false }"),
                worker("{ id: SW3, role: social-worker, qualified: true, left: 2011-09-01 }"),
                worker("{ id: SW4, role: social-worker }")));
        String[] cases = {
            "null", "on plan P1 on asAt 2011-09-30 and not allocated to a social worker",
            "SW2", "on plan P1 on asAt 2011-09-30 and allocated to SW2, who is not a qualified social worker",
            "SW3", "on plan P1 on asAt 2011-09-30 and allocated to SW3, who left on 2011-09-01",
            "SW9", "on plan P1 on asAt 2011-09-30 and allocated to SW9, who is not in the workforce list",
        };
        for (int i = 0; i < cases.length; i += 2) {
            Child c = child("{ id: C1, allocatedWorker: " + cases[i] + ", protectionPlans: [ { id: P0, start: 2010-01-01, end: 2010-06-01 }, { id: P1, start: 2011-05-01 } ] }");
            ProtectionPlan current = ChildProtectionChecks.currentPlan(c, ctx);
            assertSame(c.getProtectionPlans().get(1), current);
            Verdict v = ChildProtectionChecks.allocation(c, current, ctx);
            assertEquals(cases[i + 1], v.message());
            assertTrue(v.critical());
            assertTrue(v.outcome("CP-13", c, c, "P1").isCritical());
        }
        for (String ok : new String[] {"SW1", "SW4"}) {
            Child c = child("{ id: C1, allocatedWorker: " + ok + ", protectionPlans: [ { id: P1, start: 2011-05-01 } ] }");
            Verdict v = ChildProtectionChecks.allocation(c, ChildProtectionChecks.currentPlan(c, ctx), ctx);
            assertTrue(v.isMet(), v.message());
            assertFalse(v.critical());
        }
        assertNull(ChildProtectionChecks.currentPlan(child("{ id: C2, protectionPlans: [ { id: P1, start: 2011-01-01, end: 2011-09-30 } ] }"), ctx));
    }

    @Test
    void describesDurations() {
        assertEquals("2 years 2 months", ChildProtectionChecks.describe(Period.of(2, 2, 0)));
        assertEquals("1 day", ChildProtectionChecks.describe(Period.ofDays(1)));
        assertEquals("0 days", ChildProtectionChecks.describe(Period.ZERO));
    }
}
