package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.Report;
import org.childcare.compliance.scenario.ScenarioResult;
import org.childcare.compliance.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules through the whole check: loader, engine, grading against the previous year,
 * report and gate, as the Maven goal runs them.
 */
class CheckerEndToEndTest {
    private static final Path NORTHFIELD = Path.of("src/test/resources/checker/northfield/2011-12");

    @Test
    void checksASelfAssessmentAgainstTheYearBefore() throws Exception {
        CheckResult result = new Checker().check(CheckRequest.of(NORTHFIELD.resolve("self-assessment.yaml")),
                GateOptions.defaults());
        Report r = result.report();
        assertEquals("Northfield City Council", r.authority().name());
        assertNotNull(r.rules().version());
        assertNotNull(r.previous());
        assertEquals(2, r.records().read());
        CriterionResult cp01 = r.criteria().stream().filter(c -> c.id().equals("CP-01")).findFirst().orElseThrow();
        assertEquals(4, cp01.grade());
        assertEquals(1, cp01.previous().grade());
        assertEquals(100.0, cp01.previous().measure());
        assertEquals("declined", cp01.trend());
        assertEquals(66.0, cp01.benchmark().getNational());
        assertEquals(1, cp01.findings().size());
        AreaJudgement qop = r.judgements().stream().filter(j -> j.area().equals("QOP")).findFirst().orElseThrow();
        assertTrue(qop.limitedEvidence());
        assertTrue(r.areasForImprovement().contains(new AreaForImprovement("3m", "CP-01",
                result.evaluated().catalogue().get("CP-01").action(), List.of("QOP"), false)));
        // QOP's weighted mean 3.32 is above 3: Inadequate, which the default gate fails on
        assertEquals(4, qop.grade());
        assertEquals(List.of("area QOP graded Inadequate"), r.gate().reasons());
        assertEquals(1, result.exitCode());
        CheckResult strict = new Checker().check(CheckRequest.of(NORTHFIELD.resolve("self-assessment.yaml")),
                GateOptions.defaults().withFailOnRegression(true));
        assertEquals(List.of("area QOP graded Inadequate", "CP-01 declined from Outstanding to Inadequate"),
                strict.report().gate().reasons());
        assertEquals(1, strict.exitCode());
        assertNull(r.rules().directory());
    }

    @Test
    void scenariosStateAreasAndTheGate() {
        ScenarioResult withGrading = ScenarioRunner.withGrading(null).run(NORTHFIELD, "northfield");
        assertTrue(withGrading.passed(), () -> String.join("\n", withGrading.failures()));
        ScenarioResult fixtures = Fixtures.runner().run(NORTHFIELD, "northfield (fixture runner)");
        assertTrue(fixtures.passed(), () -> String.join("\n", fixtures.failures()));
    }
}
