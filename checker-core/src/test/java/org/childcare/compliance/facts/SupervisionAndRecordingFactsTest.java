package org.childcare.compliance.facts;

import static org.childcare.compliance.facts.YamlRecords.context;
import static org.childcare.compliance.facts.YamlRecords.d;
import static org.childcare.compliance.facts.YamlRecords.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Figure;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Chronology;
import org.childcare.compliance.model.Worker;
import org.junit.jupiter.api.Test;

class SupervisionAndRecordingFactsTest {
    static final String CATALOGUE = """
            criteria:
              - { id: SUP-01, title: t, bands: "95 / 85 / 70", timescale: 3m, action: a,
                  parameters: { nqWeeklyWeeks: 6, nqWeeklyMaxDays: 7, nqFortnightlyMonths: 6, nqFortnightlyMaxDays: 14,
                                maxIntervalDays: 31, newlyQualifiedMonths: 12 } }
              - { id: REC-01, title: t, bands: "90 / 75 / 60", timescale: 3m, action: a, parameters: { maxAgeDays: 90 } }
              - { id: REC-03, title: t, bands: "90 / 80 / 65", timescale: 3m, action: a, parameters: { maxLagWorkingDays: 5 } }
              - { id: SA-01, title: t, bands: "100 / 90 / 75", timescale: 3m, action: a, parameters: { tolerance: 2 } }
            """;

    private final Context ctx = context("2010-04-01", "2011-03-31", "2011-03-31", CATALOGUE);

    private static Worker supervised(String fields, String... dates) {
        StringBuilder y = new StringBuilder("{ id: W" + (fields.isEmpty() ? "" : ", " + fields) + ", supervision: [");
        for (int i = 0; i < dates.length; i++) {
            y.append(i == 0 ? "" : ", ").append("{ date: ").append(dates[i]).append(" }");
        }
        return read(y.append("] }").toString(), Worker.class);
    }

    /** The walk as SUP-01's rules make it. */
    private IntervalWalk walk(Worker w) {
        return IntervalWalk.of(SupervisionAndRecordingFacts.walkStart(w, ctx), w.getLeft(),
                Dates.of(w.getSupervision()), null, ctx);
    }

    /** The judged intervals over their limit, as SUP-01's breach rule collects them. */
    private List<Interval> late(Worker w, IntervalWalk walk) {
        return walk.getJudged().stream()
                .filter(i -> i.calendarDays() > SupervisionAndRecordingFacts.limitDays(w, i.from(), ctx)).toList();
    }

    private String gaps(Worker w) {
        IntervalWalk walk = walk(w);
        return SupervisionAndRecordingFacts.supervisionGaps(w, late(w, walk), walk, ctx);
    }

    @Test
    void newlyQualifiedScheduleIsWeeklyThenFortnightlyThenMonthly() {
        Worker w = read("{ id: W, qualifiedOn: 2010-07-01, started: 2010-09-01 }", Worker.class);
        // weekly while the interval starts before 2010-10-13, fortnightly before 2011-03-01
        assertEquals(7, SupervisionAndRecordingFacts.limitDays(w, d("2010-10-12"), ctx));
        assertEquals("(limit 7 days: weekly while newly qualified)",
                SupervisionAndRecordingFacts.supervisionLimit(w, d("2010-10-12"), ctx).text());
        assertEquals(14, SupervisionAndRecordingFacts.limitDays(w, d("2010-10-13"), ctx));
        assertEquals(14, SupervisionAndRecordingFacts.limitDays(w, d("2011-02-28"), ctx));
        assertEquals(31, SupervisionAndRecordingFacts.limitDays(w, d("2011-03-01"), ctx));
        assertEquals("(limit 31 days)", SupervisionAndRecordingFacts.supervisionLimit(w, d("2011-03-01"), ctx).text());
    }

    @Test
    void theScheduleLimitsAreCatalogueParameters() {
        Context stricter = context("2010-04-01", "2011-03-31", "2011-03-31",
                CATALOGUE.replace("nqWeeklyMaxDays: 7", "nqWeeklyMaxDays: 5").replace("newlyQualifiedMonths: 12", "newlyQualifiedMonths: 1"));
        Worker w = read("{ id: W, qualifiedOn: 2010-07-01, started: 2010-07-01 }", Worker.class);
        assertEquals(5, SupervisionAndRecordingFacts.limitDays(w, d("2010-07-02"), stricter));
        assertFalse(SupervisionAndRecordingFacts.newlyQualifiedOn(w, d("2010-08-01"), stricter), "one month on: no longer newly qualified");
        assertEquals(31, SupervisionAndRecordingFacts.limitDays(w, d("2010-08-01"), stricter));
    }

    @Test
    void scheduleRunsFromQualifyingWhenTheWorkerStartedBefore() {
        Worker w = read("{ id: W, qualifiedOn: 2010-07-01, started: 2009-01-05 }", Worker.class);
        assertEquals(31, SupervisionAndRecordingFacts.limitDays(w, d("2010-06-30"), ctx), "not yet qualified");
        assertEquals(7, SupervisionAndRecordingFacts.limitDays(w, d("2010-07-01"), ctx));
        assertEquals(14, SupervisionAndRecordingFacts.limitDays(w, d("2010-08-12"), ctx));
        assertEquals(31, SupervisionAndRecordingFacts.limitDays(
                read("{ id: W, qualifiedOn: 2008-07-01, started: 2010-09-01 }", Worker.class), d("2010-09-01"), ctx),
                "an experienced worker joining gets the monthly limit");
    }

    @Test
    void inPostDuringTheWindow() {
        assertTrue(SupervisionAndRecordingFacts.inPostDuringWindow(read("{ id: W }", Worker.class), ctx));
        assertFalse(SupervisionAndRecordingFacts.inPostDuringWindow(read("{ id: W, left: 2010-03-31 }", Worker.class), ctx));
        assertFalse(SupervisionAndRecordingFacts.inPostDuringWindow(read("{ id: W, started: 2011-04-01 }", Worker.class), ctx));
    }

    @Test
    void openTailToAsAtIsJudged() {
        Worker exactly = supervised("started: 2010-12-28", "2011-01-28", "2011-02-28");
        assertEquals(List.of(), late(exactly, walk(exactly)));
        assertEquals("supervision within the limits in the window (longest interval 31 days)",
                SupervisionAndRecordingFacts.supervisionInTime(walk(exactly)));
        assertEquals("no supervision for 32 days from the last on 2011-02-27 to asAt 2011-03-31 (limit 31 days)",
                gaps(supervised("started: 2011-01-27", "2011-01-27", "2011-02-27")));
    }

    @Test
    void gapsThatEndedBeforeThePeriodAreHistory() {
        Worker history = supervised("started: 2009-11-02", "2010-01-01", "2010-03-20", "2010-04-17", "2010-05-15",
                "2010-06-12", "2010-07-10", "2010-08-07", "2010-09-04", "2010-10-02", "2010-10-30", "2010-11-27",
                "2010-12-25", "2011-01-22", "2011-02-19", "2011-03-19");
        assertEquals(List.of(), late(history, walk(history)));
        assertEquals("supervision gap of 64 days from 2010-02-15 to 2010-04-20 (limit 31 days)",
                gaps(supervised("started: 2009-11-02", "2010-02-15", "2010-04-20", "2010-05-18", "2010-06-15", "2010-07-13",
                        "2010-08-10", "2010-09-07", "2010-10-05", "2010-11-02", "2010-11-30", "2010-12-28", "2011-01-25",
                        "2011-02-22", "2011-03-22")));
    }

    @Test
    void withoutAStartDateTheWalkStartsAtThePeriodOrTheSupervisionBeforeIt() {
        assertEquals("first supervision in the window on 2010-05-20, 49 days after the period began on 2010-04-01"
                + " (limit 31 days)", gaps(supervised("", "2010-05-20", "2010-06-17", "2010-07-15", "2010-08-12",
                "2010-09-09", "2010-10-07", "2010-11-04", "2010-12-02", "2010-12-30", "2011-01-27", "2011-02-24", "2011-03-24")));
        Worker before = supervised("", "2010-03-01", "2010-04-20");
        assertEquals(d("2010-03-01"), SupervisionAndRecordingFacts.walkStart(before, ctx));
        assertEquals("supervision gap of 50 days from 2010-03-01 to 2010-04-20 (limit 31 days); 1 more interval over the limit",
                gaps(before), "the gap straddling period.start is measured from the supervision before it");
    }

    @Test
    void noSupervisionYetSaysWhenTheFirstIsDue() {
        Worker starter = supervised("started: 2011-03-20");
        assertEquals("started on 2011-03-20: first supervision due by 2011-04-20",
                SupervisionAndRecordingFacts.firstSupervisionNotYetDue(starter, walk(starter), ctx));
        Worker leaver = supervised("started: 2010-06-01, left: 2010-06-20");
        assertEquals("left on 2010-06-20 before a first supervision was due",
                SupervisionAndRecordingFacts.firstSupervisionNotYetDue(leaver, walk(leaver), ctx));
        assertEquals("no supervision for 39 days from starting on 2011-02-20 to asAt 2011-03-31 (limit 31 days)",
                gaps(supervised("started: 2011-02-20")));
    }

    @Test
    void theLastIntervalOfAWorkerWhoLeftRunsToTheLeavingDate() {
        assertEquals("no supervision for 63 days from the last on 2010-06-29 to leaving on 2010-08-31 (limit 31 days)",
                gaps(supervised("started: 2010-05-04, left: 2010-08-31", "2010-06-01", "2010-06-29")));
    }

    @Test
    void severalBreachesAreCounted() {
        assertEquals("first supervision 58 days after starting on 2010-05-04 (limit 31 days); 1 more interval over the limit",
                gaps(supervised("started: 2010-05-04", "2010-07-01", "2010-09-01", "2010-10-01", "2010-11-01", "2010-12-01",
                        "2011-01-01", "2011-02-01", "2011-03-01")));
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
        assertTrue(SupervisionAndRecordingFacts.openCase(c, ctx));
        assertEquals(d("2010-06-01"), SupervisionAndRecordingFacts.openedOn(c, ctx), "a plan without start opens at its conference");
        assertFalse(SupervisionAndRecordingFacts.openCase(read("{ id: C, careEpisodes: [ { id: E, start: 2009-01-01, end: 2011-03-31 } ] }",
                Child.class), ctx), "ended on asAt: closed");
        assertTrue(SupervisionAndRecordingFacts.openCase(read("{ id: C, careLeaver: { status: relevant } }", Child.class), ctx));
    }

    @Test
    void chronologyAgeAgainstAsAtAndNewCases() {
        Chronology updated = read("{ lastUpdated: 2010-12-30 }", Chronology.class);
        assertTrue(SupervisionAndRecordingFacts.chronologyRecorded(updated));
        assertEquals(91, SupervisionAndRecordingFacts.chronologyAge(updated, ctx));
        Child old = read("{ id: C, protectionPlans: [ { id: P, start: 2010-01-04 } ] }", Child.class);
        assertEquals("chronology last updated on 2010-12-30, 91 days before asAt 2011-03-31 (limit 90)",
                SupervisionAndRecordingFacts.chronologyLate(old, updated, 90, ctx));
        Chronology none = read("{ present: false, lastUpdated: 2011-01-01 }", Chronology.class);
        assertNull(SupervisionAndRecordingFacts.chronologyUpdated(none), "present: false: there is no chronology to date");
        assertEquals(-1, SupervisionAndRecordingFacts.chronologyAge(none, ctx));
        assertFalse(SupervisionAndRecordingFacts.chronologyRecorded(read("{ present: true }", Chronology.class)));
        assertTrue(SupervisionAndRecordingFacts.openedWithin(read("{ id: C, protectionPlans: [ { id: P, start: 2010-12-31 } ] }",
                Child.class), 90, ctx), "opened 90 days ago: due on asAt, not passed");
        Child due = read("{ id: C, protectionPlans: [ { id: P, start: 2010-12-30 } ] }", Child.class);
        assertFalse(SupervisionAndRecordingFacts.openedWithin(due, 90, ctx), "opened 91 days ago: the deadline has passed");
        assertEquals("case opened on 2010-12-30: chronology due by 2011-03-30",
                SupervisionAndRecordingFacts.chronologyNotYetDue(due, none, 90, ctx));
        assertEquals("no chronology on the file of a case open since 2010-12-30 (limit 90 days)",
                SupervisionAndRecordingFacts.chronologyLate(due, none, 90, ctx));
    }

    @Test
    void oversightInTheWindowAndDecisionsWithoutReasons() {
        Child none = read("{ id: C, managementOversight: [ { date: 2010-02-01, decision: true, reasonsRecorded: true } ] }", Child.class);
        assertTrue(SupervisionAndRecordingFacts.oversightInWindow(none, ctx).isEmpty());
        assertEquals("no management oversight recorded from 2010-04-01 to 2011-03-31 (last on 2010-02-01)",
                SupervisionAndRecordingFacts.noOversightInWindow(none, ctx));
        Child unreasoned = read("""
                id: C
                managementOversight:
                  - { date: 2010-09-01, decision: true, reasonsRecorded: false }
                  - { date: 2010-06-01, decision: true, reasonsRecorded: false }
                  - { date: 2010-05-01, decision: true }
                  - { date: 2010-04-01, decision: false, reasonsRecorded: false }
                """, Child.class);
        var decisions = SupervisionAndRecordingFacts.decisionsWithoutReasons(unreasoned, ctx);
        assertEquals(List.of(d("2010-06-01"), d("2010-09-01")), decisions.stream().map(o -> o.getDate()).toList(),
                "reasons not given is not a breach; a non-decision needs none");
        assertEquals("management decision on 2010-06-01 recorded without reasons; 1 more",
                SupervisionAndRecordingFacts.decisionsWithoutReasonsText(decisions));
        assertEquals("management oversight recorded 4 times in the window, every decision with reasons",
                SupervisionAndRecordingFacts.oversightWithReasons(unreasoned, ctx));
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
        assertEquals(d("2011-05-05"), SupervisionAndRecordingFacts.latestVisit(c, may), "only open plans' visits count");
        assertEquals("last entry on 2011-04-21, 6 working days before the latest visit on 2011-05-05 (limit 5)",
                SupervisionAndRecordingFacts.recordAgainstVisit(d("2011-04-21"), d("2011-05-05"), 5, may));
        // Good Friday (04-22) is no working day, so an entry on it is as late as one on the 21st
        assertEquals(6, SupervisionAndRecordingFacts.recordLag(d("2011-04-22"), d("2011-05-05"), may));
        assertEquals(5, SupervisionAndRecordingFacts.recordLag(d("2011-04-26"), d("2011-05-05"), may));
        assertEquals(0, SupervisionAndRecordingFacts.recordLag(d("2011-05-06"), d("2011-05-05"), may));
        assertEquals("last entry on 2011-05-06, on or after the latest visit on 2011-05-05",
                SupervisionAndRecordingFacts.recordAgainstVisit(d("2011-05-06"), d("2011-05-05"), 5, may));
    }

    @Test
    void indicatorDifferenceAtTheFiguresPrecision() {
        assertEquals(2.0, SupervisionAndRecordingFacts.difference(new Figure("WF-03", 5.0, 100, 3.0)));
        assertEquals(2.0, SupervisionAndRecordingFacts.difference(new Figure("CP-01", 66.7, 3, 68.7)), "not 2.0000000000000057");
        Figure over = new Figure("CP-01", 66.7, 3, 68.8);
        assertEquals(2.1, SupervisionAndRecordingFacts.difference(over));
        assertEquals("declared 68.8, case data give 66.7 (difference 2.1 points, tolerance 2)",
                SupervisionAndRecordingFacts.agreement(over, 2));
    }
}
