package org.childcare.compliance.checks;

import static org.childcare.compliance.checks.WorkforceChecksTest.context;
import static org.childcare.compliance.checks.WorkforceChecksTest.read;
import static org.childcare.compliance.checks.WorkforceChecksTest.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Figure;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Worker;
import org.junit.jupiter.api.Test;

class SupervisionAndRecordingChecksTest {
    static final String CATALOGUE = """
            criteria:
              - { id: SUP-01, title: t, bands: "95 / 85 / 70", timescale: 3m, action: a,
                  parameters: { nqWeeklyWeeks: 6, nqFortnightlyMonths: 6, maxIntervalDays: 31 } }
              - { id: REC-01, title: t, bands: "90 / 75 / 60", timescale: 3m, action: a, parameters: { maxAgeDays: 90 } }
              - { id: REC-03, title: t, bands: "90 / 80 / 65", timescale: 3m, action: a, parameters: { maxLagWorkingDays: 5 } }
              - { id: SA-01, title: t, bands: "100 / 90 / 75", timescale: 3m, action: a, parameters: { tolerance: 2 } }
            """;

    private final Context ctx = context("2010-04-01", "2011-03-31", "2011-03-31", CATALOGUE);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Worker supervised(String fields, String... dates) {
        StringBuilder y = new StringBuilder("{ id: W" + (fields.isEmpty() ? "" : ", " + fields) + ", supervision: [");
        for (int i = 0; i < dates.length; i++) {
            y.append(i == 0 ? "" : ", ").append("{ date: ").append(dates[i]).append(" }");
        }
        return worker(y.append("] }").toString());
    }

    @Test
    void newlyQualifiedScheduleIsWeeklyThenFortnightlyThenMonthly() {
        Worker w = worker("{ id: W, qualifiedOn: 2010-07-01, started: 2010-09-01 }");
        // weekly while the interval starts before 2010-10-13, fortnightly before 2011-03-01
        assertEquals(7, SupervisionAndRecordingChecks.supervisionLimit(w, d("2010-10-12"), ctx));
        assertEquals(14, SupervisionAndRecordingChecks.supervisionLimit(w, d("2010-10-13"), ctx));
        assertEquals(14, SupervisionAndRecordingChecks.supervisionLimit(w, d("2011-02-28"), ctx));
        assertEquals(31, SupervisionAndRecordingChecks.supervisionLimit(w, d("2011-03-01"), ctx));
    }

    @Test
    void scheduleRunsFromQualifyingWhenTheWorkerStartedBefore() {
        Worker w = worker("{ id: W, qualifiedOn: 2010-07-01, started: 2009-01-05 }");
        assertEquals(31, SupervisionAndRecordingChecks.supervisionLimit(w, d("2010-06-30"), ctx), "not yet qualified");
        assertEquals(7, SupervisionAndRecordingChecks.supervisionLimit(w, d("2010-07-01"), ctx));
        assertEquals(14, SupervisionAndRecordingChecks.supervisionLimit(w, d("2010-08-12"), ctx));
    }

    @Test
    void experiencedWorkerJoiningGetsTheMonthlyLimit() {
        Worker w = worker("{ id: W, qualifiedOn: 2008-07-01, started: 2010-09-01 }");
        assertEquals(31, SupervisionAndRecordingChecks.supervisionLimit(w, d("2010-09-01"), ctx));
    }

    @Test
    void openTailToAsAtIsJudged() {
        SupervisionAndRecordingChecks.Result exactly = SupervisionAndRecordingChecks.supervisionFrequency(
                supervised("started: 2010-12-28", "2011-01-28", "2011-02-28"), ctx);
        assertTrue(exactly.met(), exactly.message());
        SupervisionAndRecordingChecks.Result over = SupervisionAndRecordingChecks.supervisionFrequency(
                supervised("started: 2011-01-27", "2011-01-27", "2011-02-27"), ctx);
        assertFalse(over.met());
        assertEquals("no supervision for 32 days from the last on 2011-02-27 to asAt 2011-03-31 (limit 31 days)", over.message());
    }

    @Test
    void gapsThatEndedBeforeThePeriodAreHistory() {
        assertTrue(SupervisionAndRecordingChecks.supervisionFrequency(
                supervised("started: 2009-11-02", "2010-01-01", "2010-03-20", "2010-04-17", "2010-05-15", "2010-06-12",
                        "2010-07-10", "2010-08-07", "2010-09-04", "2010-10-02", "2010-10-30", "2010-11-27", "2010-12-25",
                        "2011-01-22", "2011-02-19", "2011-03-19"), ctx).met());
        SupervisionAndRecordingChecks.Result straddling = SupervisionAndRecordingChecks.supervisionFrequency(
                supervised("started: 2009-11-02", "2010-02-15", "2010-04-20", "2010-05-18", "2010-06-15", "2010-07-13",
                        "2010-08-10", "2010-09-07", "2010-10-05", "2010-11-02", "2010-11-30", "2010-12-28", "2011-01-25",
                        "2011-02-22", "2011-03-22"), ctx);
        assertEquals("supervision gap of 64 days from 2010-02-15 to 2010-04-20 (limit 31 days)", straddling.message());
    }

    @Test
    void withoutAStartDateTheFirstIntervalJudgedRunsFromThePeriodStart() {
        SupervisionAndRecordingChecks.Result r = SupervisionAndRecordingChecks.supervisionFrequency(
                supervised("", "2010-05-20", "2010-06-17", "2010-07-15", "2010-08-12", "2010-09-09", "2010-10-07",
                        "2010-11-04", "2010-12-02", "2010-12-30", "2011-01-27", "2011-02-24", "2011-03-24"), ctx);
        assertFalse(r.met());
        assertEquals("first supervision in the window on 2010-05-20, 49 days after the period began on 2010-04-01"
                + " (limit 31 days)", r.message());
    }

    @Test
    void noSupervisionYetIsNotYetDueUntilTheFirstDeadline() {
        assertTrue(SupervisionAndRecordingChecks.supervisionFrequency(supervised("started: 2011-03-20"), ctx).notYetDue());
        SupervisionAndRecordingChecks.Result late = SupervisionAndRecordingChecks.supervisionFrequency(
                supervised("started: 2011-02-20"), ctx);
        assertFalse(late.notYetDue());
        assertEquals("no supervision for 39 days from starting on 2011-02-20 to asAt 2011-03-31 (limit 31 days)", late.message());
        assertTrue(SupervisionAndRecordingChecks.supervisionFrequency(
                supervised("started: 2010-06-01, left: 2010-06-20"), ctx).notYetDue(), "left before the first was due");
    }

    @Test
    void theLastIntervalOfAWorkerWhoLeftRunsToTheLeavingDate() {
        SupervisionAndRecordingChecks.Result r = SupervisionAndRecordingChecks.supervisionFrequency(
                supervised("started: 2010-05-04, left: 2010-08-31", "2010-06-01", "2010-06-29"), ctx);
        assertEquals("no supervision for 63 days from the last on 2010-06-29 to leaving on 2010-08-31 (limit 31 days)", r.message());
    }

    @Test
    void severalBreachesAreCounted() {
        SupervisionAndRecordingChecks.Result r = SupervisionAndRecordingChecks.supervisionFrequency(
                supervised("started: 2010-05-04", "2010-07-01", "2010-09-01", "2010-10-01", "2010-11-01", "2010-12-01",
                        "2011-01-01", "2011-02-01", "2011-03-01"), ctx);
        assertEquals("first supervision 58 days after starting on 2010-05-04 (limit 31 days); 1 more interval over the limit",
                r.message());
    }

    @Test
    void openCasesAndWhenTheyOpened() {
        Child c = read("""
                id: C
                protectionPlans:
                  - { id: P1, icpc: { date: 2010-06-01 } }
                  - { id: P0, start: 2009-01-01, end: 2010-01-01 }
                careEpisodes:
                  - { id: E, start: 2010-09-01 }
                """, Child.class);
        assertTrue(SupervisionAndRecordingChecks.openCase(c, ctx));
        assertEquals(d("2010-06-01"), SupervisionAndRecordingChecks.openedOn(c, ctx), "a plan without start opens at its conference");
        assertFalse(SupervisionAndRecordingChecks.openCase(read("{ id: C, careEpisodes: [ { id: E, start: 2009-01-01, end: 2011-03-31 } ] }",
                Child.class), ctx), "ended on asAt: closed");
        assertTrue(SupervisionAndRecordingChecks.openCase(read("{ id: C, careLeaver: { status: relevant } }", Child.class), ctx));
    }

    @Test
    void chronologyAgeAgainstAsAtWithNewCasesNotYetDue() {
        Child old = read("{ id: C, protectionPlans: [ { id: P, start: 2010-01-04 } ] }", Child.class);
        assertTrue(SupervisionAndRecordingChecks.chronology(old, read("{ lastUpdated: 2010-12-31 }",
                org.childcare.compliance.model.Chronology.class), ctx).met());
        SupervisionAndRecordingChecks.Result stale = SupervisionAndRecordingChecks.chronology(old, read("{ lastUpdated: 2010-12-30 }",
                org.childcare.compliance.model.Chronology.class), ctx);
        assertEquals("chronology last updated on 2010-12-30, 91 days before asAt 2011-03-31 (limit 90)", stale.message());
        Child recent = read("{ id: C, protectionPlans: [ { id: P, start: 2011-01-01 } ] }", Child.class);
        assertTrue(SupervisionAndRecordingChecks.chronology(recent, read("{ present: false }",
                org.childcare.compliance.model.Chronology.class), ctx).notYetDue(), "opened 89 days ago");
        Child dueToday = read("{ id: C, protectionPlans: [ { id: P, start: 2010-12-31 } ] }", Child.class);
        assertTrue(SupervisionAndRecordingChecks.chronology(dueToday, read("{ present: false }",
                org.childcare.compliance.model.Chronology.class), ctx).notYetDue(), "opened 90 days ago: due on asAt, not passed");
        Child due = read("{ id: C, protectionPlans: [ { id: P, start: 2010-12-30 } ] }", Child.class);
        assertFalse(SupervisionAndRecordingChecks.chronology(due, read("{ present: false }",
                org.childcare.compliance.model.Chronology.class), ctx).notYetDue(), "opened 91 days ago: the deadline has passed");
    }

    @Test
    void oversightNeedsAnEntryInTheWindowAndReasonsForDecisions() {
        Child none = read("{ id: C, managementOversight: [ { date: 2010-02-01, decision: true, reasonsRecorded: true } ] }", Child.class);
        assertEquals("no management oversight recorded from 2010-04-01 to 2011-03-31 (last on 2010-02-01)",
                SupervisionAndRecordingChecks.oversight(none, ctx).message());
        Child unreasoned = read("""
                id: C
                managementOversight:
                  - { date: 2010-09-01, decision: true, reasonsRecorded: false }
                  - { date: 2010-06-01, decision: true, reasonsRecorded: false }
                  - { date: 2010-05-01, decision: true }
                  - { date: 2010-04-01, decision: false, reasonsRecorded: false }
                """, Child.class);
        SupervisionAndRecordingChecks.Result r = SupervisionAndRecordingChecks.oversight(unreasoned, ctx);
        assertEquals("management decision on 2010-06-01 recorded without reasons; 1 more", r.message());
        assertEquals("oversight 2010-06-01", r.record());
        assertTrue(SupervisionAndRecordingChecks.oversight(read(
                "{ id: C, managementOversight: [ { date: 2010-05-01, decision: true, reasonsRecorded: true } ] }", Child.class), ctx).met());
    }

    @Test
    void recordLagCountsWorkingDaysAcrossBankHolidays() {
        Context may = context("2010-06-01", "2011-05-31", "2011-05-31", CATALOGUE);
        Child c = read("""
                id: C
                protectionPlans:
                  - { id: P, start: 2011-01-10, visits: [ { date: 2011-04-20 }, { date: 2011-05-05 } ] }
                  - { id: Q, start: 2010-01-10, end: 2011-01-01, visits: [ { date: 2010-12-20 } ] }
                """, Child.class);
        assertEquals(d("2011-05-05"), SupervisionAndRecordingChecks.latestVisit(c, may));
        SupervisionAndRecordingChecks.Result r = SupervisionAndRecordingChecks.recording(c,
                read("{ lastEntry: 2011-04-21 }", org.childcare.compliance.model.Recording.class), may);
        assertEquals("last entry on 2011-04-21, 6 working days before the latest visit on 2011-05-05 (limit 5)", r.message());
        // Good Friday (04-22) is no working day, so an entry on it is as late as one on the 21st
        assertFalse(SupervisionAndRecordingChecks.recording(c,
                read("{ lastEntry: 2011-04-22 }", org.childcare.compliance.model.Recording.class), may).met());
        assertTrue(SupervisionAndRecordingChecks.recording(c,
                read("{ lastEntry: 2011-04-26 }", org.childcare.compliance.model.Recording.class), may).met());
    }

    @Test
    void withoutAVisitTheRecordsOwnFlagDecides() {
        Child c = read("{ id: C, careEpisodes: [ { id: E, start: 2010-06-01 } ] }", Child.class);
        org.childcare.compliance.model.Recording flagged = read("{ upToDate: false, lastEntry: 2011-03-01 }",
                org.childcare.compliance.model.Recording.class);
        assertTrue(SupervisionAndRecordingChecks.recordingJudged(c, flagged, ctx));
        assertFalse(SupervisionAndRecordingChecks.recording(c, flagged, ctx).met());
        assertFalse(SupervisionAndRecordingChecks.recordingJudged(c,
                read("{ lastEntry: 2011-03-01 }", org.childcare.compliance.model.Recording.class), ctx), "nothing to compare");
    }

    @Test
    void indicatorAgreesWithinTolerance() {
        assertTrue(SupervisionAndRecordingChecks.indicatorAgreement(new Figure("WF-03", 5.0, 100, 3.0), ctx).met());
        assertTrue(SupervisionAndRecordingChecks.indicatorAgreement(new Figure("CP-01", 66.7, 3, 68.7), ctx).met());
        SupervisionAndRecordingChecks.Result r = SupervisionAndRecordingChecks.indicatorAgreement(new Figure("CP-01", 66.7, 3, 68.8), ctx);
        assertFalse(r.met());
        assertEquals("declared 68.8, case data give 66.7 (difference 2.1 points, tolerance 2)", r.message());
    }
}
