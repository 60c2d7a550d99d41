package org.childcare.compliance.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.check.Evaluated;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code areas:} and {@code gate:} in expected.yaml, and grades from the grading model. */
class ScenarioRunnerGradingTest {
    private static final String CATALOGUE = """
            criteria:
              - id: CP-03
                title: Visits
                areas: { slac-2009: [SAFE], ilacs-2023: [HELP] }
                bands: "95 / 90 / 80"
                limiting: true
                timescale: immediately
                action: visit
              - id: CP-01
                title: Conferences
                areas: { slac-2009: [QOP], ilacs-2023: [HELP] }
                bands: "90 / 75 / 60"
                timescale: 3m
                action: confer
            """;

    @TempDir Path dir;

    /** CP-03 measured at 85 (Adequate), CP-01 at 95 (Outstanding). */
    private static final Checker.Evaluate EVALUATE = (CheckRequest request) -> {
        LoadResult load = new SelfAssessmentLoader(LoadOptions.strict()).load(request.selfAssessment(), h -> { }, c -> { });
        Catalogue catalogue = Catalogue.empty();
        catalogue.read("t.yaml", "t", CATALOGUE, new java.util.ArrayList<>());
        return new Evaluated(load, null, catalogue, Map.of(), null, "slac-2009", "full", Map.of(
                "CP-03", new Measurement("CP-03", 20, 17, 0, 85.0, "cases", null, Map.of(), List.of(), 3, 0, null),
                "CP-01", new Measurement("CP-01", 20, 19, 0, 95.0, "cases", null, Map.of(), List.of(), 1, 0, null)), Evaluated.Timings.NONE);
    };

    private ScenarioResult run(String expected) throws Exception {
        Path scenario = dir.resolve("scenario");
        Files.createDirectories(scenario);
        Files.writeString(scenario.resolve("self-assessment.yaml"),
                "schemaVersion: 1\nauthority: { name: Test }\nperiod: { start: 2011-04-01, end: 2012-03-31 }\n");
        Files.writeString(scenario.resolve("expected.yaml"), expected);
        return ScenarioRunner.withGrading(null, EVALUATE).run(scenario, "test");
    }

    @Test
    void criterionGradesComeFromTheGrader() throws Exception {
        ScenarioResult r = run("criteria:\n  CP-03: { grade: 3, status: graded }\n  CP-01: { grade: 1 }\n");
        assertTrue(r.passed(), r.failures()::toString);
    }

    @Test
    void areasAreComparedByGradeWordOrNotGraded() throws Exception {
        assertTrue(run("areas: { SAFE: 3, QOP: Outstanding, OVERALL: 3 }\n").passed());
        ScenarioResult wrong = run("areas: { SAFE: 2, QOP: null, LAC-SAFE: 1 }\n");
        assertFalse(wrong.passed());
        assertEquals(3, wrong.failures().size(), wrong.failures()::toString);
        assertTrue(wrong.failures().get(0).startsWith("area SAFE: expected 2 but was 3 (Adequate)"), wrong.failures().get(0));
        assertTrue(wrong.failures().get(0).contains("because: weighted mean 3.00 over 1 of 1 criterion"), wrong.failures().get(0));
        assertEquals("area QOP: expected not graded but was 1 (Outstanding)", wrong.failures().get(1).lines().findFirst().orElseThrow());
        assertEquals("area LAC-SAFE: not in the record of main findings (framework slac-2009, profile full)", wrong.failures().get(2));
    }

    @Test
    void theGateIsComparedWithItsOptions() throws Exception {
        assertTrue(run("gate: { passed: true }\n").passed());
        ScenarioResult adequate = run("gate:\n  failOnGrade: adequate\n  passed: false\n"
                + "  reasons: [\"area OVERALL graded Adequate\", \"area SAFE graded Adequate\"]\n");
        assertTrue(adequate.passed(), adequate.failures()::toString);
        ScenarioResult wrong = run("gate: { passed: false }\n");
        assertEquals(List.of("gate: expected failed but passed"), wrong.failures());
        ScenarioResult bad = run("gate: { failOnGrade: poor }\n");
        assertEquals(List.of("expected.yaml: gate: failOnGrade 'poor' is not one of inadequate, adequate (or requires-improvement), good, outstanding, none"),
                bad.failures());
    }

    @Test
    void anExpectedFileNeedsCriteriaAreasOrGate() throws Exception {
        assertFalse(run("lenient: false\n").passed());
    }
}
