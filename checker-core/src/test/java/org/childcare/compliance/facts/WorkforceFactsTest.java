package org.childcare.compliance.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Measure;
import org.childcare.compliance.engine.RuleProblem;
import org.childcare.compliance.model.Worker;
import org.childcare.compliance.model.Workforce;
import org.junit.jupiter.api.Test;

/** The workforce facts WF-01 to WF-06 read; the helpers at the top are shared with other facts tests. */
public class WorkforceFactsTest {
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public static final String CATALOGUE = """
            criteria:
              - { id: WF-01, title: t, bands: "≤ 15 / 18 / 22", timescale: 3m, action: a, parameters: { maxCaseload: 25 } }
              - { id: WF-02, title: t, bands: "default", timescale: 3m, action: a, parameters: { protectedShare: 0.9, newlyQualifiedMonths: 12 } }
              - { id: WF-06, title: t, bands: "100 / 95 / 85", timescale: 6m, action: a, parameters: { appraisalMonths: 12 } }
            """;

    public static Context context(String start, String end, String asAt, String catalogueYaml) {
        Catalogue c = Catalogue.empty();
        List<RuleProblem> problems = new ArrayList<>();
        c.read("test.yaml", "test", catalogueYaml, problems);
        assertEquals(List.of(), problems);
        return new Context(LocalDate.parse(start), LocalDate.parse(end), LocalDate.parse(asAt), WorkingCalendar.englandAndWales(), c);
    }

    public static <T> T read(String yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Worker worker(String yaml) {
        return read(yaml, Worker.class);
    }

    private final Context ctx = context("2010-04-01", "2011-03-31", "2011-03-31", CATALOGUE);

    @Test
    void inPostFromTheStartDayUntilTheDayBeforeLeaving() {
        LocalDate d = LocalDate.parse("2011-03-31");
        assertTrue(WorkforceFacts.inPostOn(worker("{ id: W, started: 2011-03-31 }"), d));
        assertFalse(WorkforceFacts.inPostOn(worker("{ id: W, started: 2011-04-01 }"), d));
        assertFalse(WorkforceFacts.inPostOn(worker("{ id: W, left: 2011-03-31 }"), d));
        assertTrue(WorkforceFacts.inPostOn(worker("{ id: W, left: 2011-04-01 }"), d));
        assertTrue(WorkforceFacts.inPostOn(worker("{ id: W }"), d), "no dates: in post throughout");
    }

    @Test
    void inPostDuringTheWindowWhenOnAnyDayOfIt() {
        assertTrue(WorkforceFacts.inPostDuringWindow(worker("{ id: W, left: 2010-04-01 }"), ctx));
        assertFalse(WorkforceFacts.inPostDuringWindow(worker("{ id: W, left: 2010-03-31 }"), ctx));
        assertTrue(WorkforceFacts.inPostDuringWindow(worker("{ id: W, started: 2011-03-31 }"), ctx));
        assertTrue(WorkforceFacts.inPostDuringWindow(worker("{ id: W }"), ctx));
    }

    @Test
    void caseHoldingRolesAndRecordedQualification() {
        assertTrue(WorkforceFacts.qualifiedSocialWorker(worker("{ id: W, role: social-worker }")), "qualified by role");
        assertTrue(WorkforceFacts.qualifiedSocialWorker(worker("{ id: W, role: advanced-practitioner, qualified: true }")));
        assertTrue(WorkforceFacts.qualifiedSocialWorker(worker("{ id: W, qualified: true }")));
        assertTrue(WorkforceFacts.qualifiedSocialWorker(worker("{ id: W, qualifiedOn: 2010-07-01 }")));
        assertFalse(WorkforceFacts.qualifiedSocialWorker(worker("{ id: W, role: social-worker, qualified: false }")));
        assertFalse(WorkforceFacts.caseHoldingRole(worker("{ id: W, role: team-manager, qualified: true }")));
        assertFalse(WorkforceFacts.caseHoldingRole(worker("{ id: W, role: iro, qualified: true }")));
        assertFalse(WorkforceFacts.caseHoldingRole(worker("{ id: W, role: unqualified }")));
        Worker unknown = worker("{ id: W, caseload: 12 }");
        assertTrue(WorkforceFacts.caseHoldingRole(unknown), "nothing rules them out");
        assertFalse(WorkforceFacts.qualificationRecorded(unknown), "nor says they are qualified: missing data");
        assertFalse(WorkforceFacts.qualifiedSocialWorker(unknown));
    }

    @Test
    void newlyQualifiedUntilTheDayBeforeTheAnniversary() {
        Worker w = worker("{ id: W, qualifiedOn: 2010-03-31 }");
        assertTrue(WorkforceFacts.newlyQualifiedOn(w, LocalDate.parse("2010-03-31"), 12, ctx));
        assertTrue(WorkforceFacts.newlyQualifiedOn(w, LocalDate.parse("2011-03-30"), 12, ctx));
        assertFalse(WorkforceFacts.newlyQualifiedOn(w, LocalDate.parse("2011-03-31"), 12, ctx));
        assertFalse(WorkforceFacts.newlyQualifiedOn(w, LocalDate.parse("2010-03-30"), 12, ctx), "not yet qualified");
        assertFalse(WorkforceFacts.newlyQualifiedOn(w, LocalDate.parse("2010-09-30"), 6, ctx), "a shorter first period");
        // month-end: 29 Feb 2012 + 12 months is 28 Feb 2013
        Worker leap = worker("{ id: W, qualifiedOn: 2012-02-29 }");
        assertTrue(WorkforceFacts.newlyQualifiedOn(leap, LocalDate.parse("2013-02-27"), 12, ctx));
        assertFalse(WorkforceFacts.newlyQualifiedOn(leap, LocalDate.parse("2013-02-28"), 12, ctx));
        assertFalse(WorkforceFacts.newlyQualifiedOn(worker("{ id: W }"), LocalDate.parse("2011-03-31"), 12, ctx));
    }

    @Test
    void protectedCaseloadLimitIsAShareOfTheAverageOfQualifiedCaseHolders() {
        Workforce wf = read("""
                workers:
                  - { id: A, role: social-worker, caseload: 22 }
                  - { id: B, role: social-worker, caseload: 22 }
                  - { id: M, role: team-manager, qualified: true, caseload: 2 }
                  - { id: L, role: social-worker, left: 2011-01-01, caseload: 40 }
                  - { id: U, caseload: 3 }
                  - { id: X, role: social-worker }
                  - { id: N, role: social-worker, qualifiedOn: 2010-09-01, caseload: 18 }
                  - { id: O, role: social-worker, qualifiedOn: 2010-09-01, caseload: 19 }
                """, Workforce.class);
        // A, B, N, O (M manages, L left, U's qualification and X's caseload unknown): (22 + 22 + 18 + 19) / 4 = 20.25
        assertEquals(20.25, WorkforceFacts.averageCaseload(wf, ctx), 1e-9);
        assertEquals(18.225, WorkforceFacts.protectedCaseloadLimit(wf, 0.9, ctx), 1e-9);
        assertEquals("newly qualified (qualified on 2010-09-01) with a caseload of 19 against an average of 20.3"
                + " (limit 18.2, 90% of the average)", WorkforceFacts.protectedCaseloadMessage(wf.getWorkers().get(7), wf, 0.9, ctx));
        Workforce twenty = read("{ workers: [ { id: A, role: social-worker, caseload: 20 } ] }", Workforce.class);
        assertEquals(18.0, WorkforceFacts.protectedCaseloadLimit(twenty, 0.9, ctx), "0.9 x 20 is 18 exactly, not a hair over");
        assertTrue(Double.isNaN(WorkforceFacts.averageCaseload(read("{ workers: [ { id: A } ] }", Workforce.class), ctx)));
    }

    @Test
    void vacancyRateIsAShareOfTheEstablishment() {
        Measure m = WorkforceFacts.vacancyRate(read("{ establishment: 180, vacancies: 12 }", Workforce.class));
        assertEquals(100.0 * 12 / 180, m.value(), 1e-9);
        assertEquals(180, m.population());
        assertEquals("12 vacancies in an establishment of 180 posts", m.explanation());
    }

    @Test
    void roleAndTimeInPostForFindings() {
        assertEquals("social-worker in post from 2009-09-01 to 2010-04-01",
                WorkforceFacts.roleInPost(worker("{ id: W, role: social-worker, started: 2009-09-01, left: 2010-04-01 }")));
        assertEquals("worker in post to 2010-04-01", WorkforceFacts.roleInPost(worker("{ id: W, left: 2010-04-01 }")));
        assertEquals("iro", WorkforceFacts.roleInPost(worker("{ id: W, role: iro }")));
    }

    @Test
    void turnoverFromDatesCountsLeaversAgainstTheAverageHeadcount() {
        Workforce wf = read("""
                workers:
                  - { id: A }
                  - { id: B }
                  - { id: C, left: 2010-04-01 }
                  - { id: D, left: 2011-03-31 }
                  - { id: E, started: 2010-10-01 }
                  - { id: F, left: 2010-03-31 }
                """, Workforce.class);
        // start: A, B, C, D (F left before) = 4; end: A, B, E = 3; leavers C, D
        assertTrue(WorkforceFacts.workerDatesRecorded(wf));
        assertEquals(3.5, WorkforceFacts.averageHeadcount(wf, ctx));
        Measure m = WorkforceFacts.turnover(wf, ctx);
        assertEquals(100.0 * 2 / 3.5, m.value(), 1e-9);
        assertEquals("2 leavers from 2010-04-01 to 2011-03-31 against an average headcount of 3.5 (4 in post on 2010-04-01,"
                + " 3 on 2011-03-31)", m.explanation());
    }

    @Test
    void turnoverCutAtAsAtWhenItComesBeforeThePeriodEnd() {
        Context early = context("2010-04-01", "2011-03-31", "2010-09-30", CATALOGUE);
        Workforce wf = read("""
                workers:
                  - { id: A }
                  - { id: B, left: 2010-06-30 }
                """, Workforce.class);
        // start 2, end (2010-09-30) 1, one leaver: 1 / 1.5
        assertEquals(100.0 / 1.5, WorkforceFacts.turnover(wf, early).value(), 1e-9);
    }

    @Test
    void declaredTurnoverIsTheFigureGivenWithoutDates() {
        Workforce declared = read("{ turnoverPercent: 11, workers: [ { id: A }, { id: B } ] }", Workforce.class);
        assertFalse(WorkforceFacts.workerDatesRecorded(declared));
        Measure m = WorkforceFacts.declaredTurnover(declared);
        assertEquals(11.0, m.value());
        assertEquals(2, m.population());
        assertEquals(40, WorkforceFacts.declaredTurnover(read("{ establishment: 40, turnoverPercent: 9 }", Workforce.class))
                .population(), "no workers listed: over the establishment");
    }

    @Test
    void appraisalIntervalAndAnExplicitNone() {
        assertEquals(LocalDate.parse("2010-03-31"), WorkforceFacts.monthsBeforeAsAt(12, ctx));
        Worker none = worker("{ id: W, started: 2005-01-01, appraisal: 2010-01-01 }");
        assertFalse(WorkforceFacts.appraisalGivenAsNone(none));
        Worker absent = worker("{ id: W, started: 2005-01-01 }");
        assertFalse(WorkforceFacts.appraisalGivenAsNone(absent), "absent is unknown, not none");
        absent.markGivenNull("appraisal"); // as the loader does for `appraisal: null`
        assertTrue(WorkforceFacts.appraisalGivenAsNone(absent));
    }

    @Test
    void numbersHaveOneDecimalAtMostAndMonthsTheirPlural() {
        assertEquals("18", WorkforceFacts.number(18.0));
        assertEquals("16.2", WorkforceFacts.number(16.2));
        assertEquals("0.3", WorkforceFacts.number(0.25));
        assertEquals("1 month", WorkforceFacts.months(1));
        assertEquals("12 months", WorkforceFacts.months(12));
    }
}
