package org.childcare.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class WorkforceChecksTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static final String CATALOGUE = """
            criteria:
              - { id: WF-01, title: t, bands: "≤ 15 / 18 / 22", timescale: 3m, action: a, parameters: { maxCaseload: 25 } }
              - { id: WF-02, title: t, bands: "default", timescale: 3m, action: a, parameters: { protectedShare: 0.9 } }
            """;

    static Context context(String start, String end, String asAt, String catalogueYaml) {
        Catalogue c = Catalogue.empty();
        List<RuleProblem> problems = new ArrayList<>();
        c.read("test.yaml", "test", catalogueYaml, problems);
        assertEquals(List.of(), problems);
        return new Context(LocalDate.parse(start), LocalDate.parse(end), LocalDate.parse(asAt), WorkingCalendar.englandAndWales(), c);
    }

    static <T> T read(String yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Worker worker(String yaml) {
        return read(yaml, Worker.class);
    }

    private final Context ctx = context("2010-04-01", "2011-03-31", "2011-03-31", CATALOGUE);

    @Test
    void inPostFromTheStartDayUntilTheDayBeforeLeaving() {
        LocalDate d = LocalDate.parse("2011-03-31");
        assertTrue(WorkforceChecks.inPostOn(worker("{ id: W, started: 2011-03-31 }"), d));
        assertFalse(WorkforceChecks.inPostOn(worker("{ id: W, started: 2011-04-01 }"), d));
        assertFalse(WorkforceChecks.inPostOn(worker("{ id: W, left: 2011-03-31 }"), d));
        assertTrue(WorkforceChecks.inPostOn(worker("{ id: W, left: 2011-04-01 }"), d));
        assertTrue(WorkforceChecks.inPostOn(worker("{ id: W }"), d), "no dates: in post throughout");
    }

    @Test
    void inPostDuringTheWindowWhenOnAnyDayOfIt() {
        assertTrue(WorkforceChecks.inPostDuringWindow(worker("{ id: W, left: 2010-04-01 }"), ctx));
        assertFalse(WorkforceChecks.inPostDuringWindow(worker("{ id: W, left: 2010-03-31 }"), ctx));
        assertTrue(WorkforceChecks.inPostDuringWindow(worker("{ id: W, started: 2011-03-31 }"), ctx));
        assertTrue(WorkforceChecks.inPostDuringWindow(worker("{ id: W }"), ctx));
    }

    @Test
    void qualifiedSocialWorkersAreThoseWhoHoldCases() {
        assertTrue(WorkforceChecks.qualifiedSocialWorker(worker("{ id: W, role: social-worker }")));
        assertTrue(WorkforceChecks.qualifiedSocialWorker(worker("{ id: W, role: advanced-practitioner, qualified: true }")));
        assertTrue(WorkforceChecks.qualifiedSocialWorker(worker("{ id: W, qualified: true }")));
        assertTrue(WorkforceChecks.qualifiedSocialWorker(worker("{ id: W, qualifiedOn: 2010-07-01 }")));
        assertFalse(WorkforceChecks.qualifiedSocialWorker(worker("{ id: W }")), "nothing says qualified");
        assertFalse(WorkforceChecks.qualifiedSocialWorker(worker("{ id: W, role: social-worker, qualified: false }")));
        assertFalse(WorkforceChecks.qualifiedSocialWorker(worker("{ id: W, role: team-manager, qualified: true }")));
        assertFalse(WorkforceChecks.qualifiedSocialWorker(worker("{ id: W, role: iro, qualified: true }")));
        assertFalse(WorkforceChecks.qualifiedSocialWorker(worker("{ id: W, role: unqualified }")));
    }

    @Test
    void newlyQualifiedUntilTheDayBeforeTheAnniversary() {
        Worker w = worker("{ id: W, qualifiedOn: 2010-03-31 }");
        assertTrue(WorkforceChecks.newlyQualifiedOn(w, LocalDate.parse("2010-03-31"), ctx));
        assertTrue(WorkforceChecks.newlyQualifiedOn(w, LocalDate.parse("2011-03-30"), ctx));
        assertFalse(WorkforceChecks.newlyQualifiedOn(w, LocalDate.parse("2011-03-31"), ctx));
        assertFalse(WorkforceChecks.newlyQualifiedOn(w, LocalDate.parse("2010-03-30"), ctx), "not yet qualified");
        // month-end: 29 Feb 2012 + 12 months is 28 Feb 2013
        Worker leap = worker("{ id: W, qualifiedOn: 2012-02-29 }");
        assertTrue(WorkforceChecks.newlyQualifiedOn(leap, LocalDate.parse("2013-02-27"), ctx));
        assertFalse(WorkforceChecks.newlyQualifiedOn(leap, LocalDate.parse("2013-02-28"), ctx));
    }

    @Test
    void caseloadAtTheLimitIsMet() {
        assertTrue(WorkforceChecks.caseload(worker("{ id: W, caseload: 25 }"), ctx).met());
        SubjectResult over = WorkforceChecks.caseload(worker("{ id: W, caseload: 26 }"), ctx);
        assertFalse(over.met());
        assertEquals("caseload of 26 on 2011-03-31 (limit 25)", over.message());
    }

    @Test
    void protectedCaseloadAgainstTheAverageOfAllQualifiedWorkers() {
        Workforce wf = read("""
                workers:
                  - { id: A, role: social-worker, caseload: 22 }
                  - { id: B, role: social-worker, caseload: 22 }
                  - { id: M, role: team-manager, qualified: true, caseload: 2 }
                  - { id: L, role: social-worker, left: 2011-01-01, caseload: 40 }
                  - { id: N, role: social-worker, qualifiedOn: 2010-09-01, caseload: 18 }
                  - { id: O, role: social-worker, qualifiedOn: 2010-09-01, caseload: 19 }
                """, Workforce.class);
        // average of A, B, N, O = (22 + 22 + 18 + 19) / 4 = 20.25; limit 18.225
        assertEquals(20.25, WorkforceChecks.averageCaseload(wf, ctx), 1e-9);
        SubjectResult n = WorkforceChecks.protectedCaseload(wf.getWorkers().get(4), wf, ctx);
        assertTrue(n.met());
        SubjectResult o = WorkforceChecks.protectedCaseload(wf.getWorkers().get(5), wf, ctx);
        assertFalse(o.met());
        assertEquals("newly qualified (qualified on 2010-09-01) with a caseload of 19 against an average of 20.3"
                + " (limit 18.2, 90% of the average)", o.message());
    }

    @Test
    void vacancyRateIsAShareOfTheEstablishment() {
        Measure m = WorkforceChecks.vacancyRate(read("{ establishment: 180, vacancies: 12 }", Workforce.class));
        assertEquals(100.0 * 12 / 180, m.value(), 1e-9);
        assertEquals(180, m.population());
    }

    @Test
    void agencyWorkersAreNotMet() {
        assertFalse(WorkforceChecks.agency(worker("{ id: W, role: social-worker, agency: true }"), ctx).met());
        assertTrue(WorkforceChecks.agency(worker("{ id: W, role: social-worker, agency: false }"), ctx).met());
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
        Measure m = WorkforceChecks.turnover(wf, ctx);
        assertEquals(100.0 * 2 / 3.5, m.value(), 1e-9);
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
        assertEquals(100.0 / 1.5, WorkforceChecks.turnover(wf, early).value(), 1e-9);
    }

    @Test
    void turnoverFallsBackToTheDeclaredPercentOnlyWithoutDates() {
        assertEquals(11.0, WorkforceChecks.turnover(read("{ turnoverPercent: 11, workers: [ { id: A } ] }", Workforce.class), ctx).value());
        assertNull(WorkforceChecks.turnover(read("{ workers: [ { id: A } ] }", Workforce.class), ctx));
        Measure dated = WorkforceChecks.turnover(read("{ turnoverPercent: 11, workers: [ { id: A, started: 2009-01-01 } ] }",
                Workforce.class), ctx);
        assertEquals(0.0, dated.value(), "dates win over the declared figure");
    }

    @Test
    void appraisalWithinTwelveMonthsOfAsAtForWorkersInPostTwelveMonths() {
        assertTrue(WorkforceChecks.appraisal(worker("{ id: W, started: 2005-01-01, appraisal: 2010-03-31 }"), ctx).met());
        SubjectResult old = WorkforceChecks.appraisal(worker("{ id: W, started: 2005-01-01, appraisal: 2010-03-30 }"), ctx);
        assertFalse(old.met());
        assertFalse(old.notYetDue());
        assertFalse(WorkforceChecks.appraisal(worker("{ id: W, started: 2010-03-31 }"), ctx).notYetDue(), "12 months exactly: due");
        assertTrue(WorkforceChecks.appraisal(worker("{ id: W, started: 2010-04-01 }"), ctx).notYetDue());
    }

    @Test
    void numbersHaveOneDecimalAtMost() {
        assertEquals("18", WorkforceChecks.number(18.0));
        assertEquals("16.2", WorkforceChecks.number(16.2));
        assertEquals("0.3", WorkforceChecks.number(0.25));
    }
}
