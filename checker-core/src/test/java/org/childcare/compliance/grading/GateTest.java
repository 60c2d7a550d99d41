package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.catalogue.Timescale;
import org.childcare.compliance.report.GateVerdict;
import org.junit.jupiter.api.Test;

/** grading.md "The gate": each condition on and off. */
class GateTest {
    private static final GateOptions NEVER = GateOptions.never();

    private static TestCatalogue safeAndQop() {
        return new TestCatalogue().criterion("A-01", "SAFE", "HELP").criterion("A-02", "QOP", "HELP")
                .criterion("A-03", "LEAD", "LEADERS").criterion("A-04", "PMQA", "LEADERS");
    }

    @Test
    void defaultsFailOnInadequateAndOnCriticalFindingsOnly() {
        assertEquals(new GateOptions(4, true, null, false, false), GateOptions.defaults());
        Grading good = safeAndQop().graded("A-01", 2).graded("A-02", 3).graded("A-03", 2).slac();
        assertEquals(new GateVerdict(true, List.of()), Gate.apply(good, GateOptions.defaults()));
    }

    @Test
    void failOnGradeFailsOnAnyRowGradedThisOrWorseIncludingDerivedRows() {
        Grading g = safeAndQop().graded("A-01", 4).graded("A-02", 1).graded("A-03", 3).graded("A-04", 3).slac();
        assertEquals(List.of("area OVERALL graded Inadequate", "area SAFE graded Inadequate"),
                Gate.apply(g, NEVER.withFailOnGrade(4)).reasons());
        assertEquals(List.of("area OVERALL graded Inadequate", "area CAP graded Adequate", "area SAFE graded Inadequate",
                "area LEAD graded Adequate", "area PMQA graded Adequate"), Gate.apply(g, NEVER.withFailOnGrade(3)).reasons());
        assertTrue(Gate.apply(g, NEVER.withFailOnGrade(null)).passed());
        assertTrue(Gate.apply(g, NEVER).passed());
    }

    @Test
    void failOnGradeSpeaksTheFrameworksWords() {
        Grading g = new TestCatalogue().criterion("A-01", "QOP", "HELP").graded("A-01", 3).ilacs();
        assertEquals(List.of("area OVERALL graded Requires improvement to be good", "area HELP graded Requires improvement to be good"),
                Gate.apply(g, NEVER.withFailOnGrade(3)).reasons());
    }

    @Test
    void failOnCriticalFailsOnAnyCriticalFindingInTheProfile() {
        Grading g = new TestCatalogue().criterion("CP-03", "SAFE", "HELP", "critical: true")
                .criterion("LAC-12", "LAC-SAFE", "CARE", "critical: true")
                .critical("CP-03", 1, 1).critical("LAC-12", 1, 1).slac();
        GateVerdict v = Gate.apply(g, NEVER.withFailOnCritical(true));
        assertFalse(v.passed());
        assertEquals(List.of("2 critical findings (CP-03, LAC-12)"), v.reasons());
        assertTrue(Gate.apply(g, NEVER).passed());
        Grading cra = new TestCatalogue().criterion("LAC-12", "LAC-SAFE", "CARE", "critical: true")
                .criterion("CP-01", "QOP", "HELP").critical("LAC-12", 1, 1).graded("CP-01", 1)
                .grade("slac-2009", "unannounced-cra");
        assertTrue(Gate.apply(cra, NEVER.withFailOnCritical(true)).passed(), "LAC-12 is outside unannounced-cra");
    }

    @Test
    void failOnTimescaleFailsWhenAnAreaForImprovementIsDueAtOrBeforeIt() {
        Grading g = new TestCatalogue().criterion("CP-07", "QOP", "HELP", "timescale: immediately")
                .criterion("CP-01", "QOP", "HELP", "timescale: 3m").criterion("CP-05", "QOP", "HELP", "timescale: 3m")
                .criterion("CP-11", "QOP", "HELP", "timescale: 6m")
                .graded("CP-07", 3).graded("CP-01", 3).graded("CP-05", 3).graded("CP-11", 3).slac();
        assertEquals(List.of("area for improvement due immediately: CP-07"),
                Gate.apply(g, NEVER.withFailOnTimescale(Timescale.IMMEDIATELY)).reasons());
        assertEquals(List.of("area for improvement due immediately: CP-07",
                "areas for improvement due within three months: CP-01, CP-05"),
                Gate.apply(g, NEVER.withFailOnTimescale(Timescale.WITHIN_THREE_MONTHS)).reasons());
        assertEquals(3, Gate.apply(g, NEVER.withFailOnTimescale(Timescale.WITHIN_SIX_MONTHS)).reasons().size());
        assertTrue(Gate.apply(g, NEVER).passed());
    }

    @Test
    void failOnRegressionFailsWhenACriterionDeclined() {
        TestCatalogue before = new TestCatalogue().criterion("CP-01", "QOP", "HELP").criterion("CP-02", "QOP", "HELP")
                .graded("CP-01", 2).graded("CP-02", 3);
        TestCatalogue now = new TestCatalogue().criterion("CP-01", "QOP", "HELP").criterion("CP-02", "QOP", "HELP")
                .graded("CP-01", 3).graded("CP-02", 2);
        Grading g = now.grade("slac-2009", "full", before.slac());
        assertEquals(List.of("CP-01 declined from Good to Adequate"), Gate.apply(g, NEVER.withFailOnRegression(true)).reasons());
        assertTrue(Gate.apply(g, NEVER).passed());
        assertTrue(Gate.apply(now.slac(), NEVER.withFailOnRegression(true)).passed(), "no previous: nothing declined");
    }

    @Test
    void failOnInsufficientEvidenceFailsWhenARowIsNotGraded() {
        Grading g = safeAndQop().graded("A-01", 2).graded("A-03", 2).slac();
        assertEquals(List.of("area QOP not graded: insufficient evidence", "area PMQA not graded: insufficient evidence"),
                Gate.apply(g, NEVER.withFailOnInsufficientEvidence(true)).reasons());
        assertTrue(Gate.apply(g, NEVER).passed());
    }

    @Test
    void everyReasonIsListed() {
        Grading g = new TestCatalogue().criterion("CP-03", "SAFE", "HELP", "critical: true", "timescale: immediately")
                .criterion("A-02", "QOP", "HELP").critical("CP-03", 2, 1).slac();
        assertEquals(List.of("area OVERALL graded Inadequate", "area SAFE graded Inadequate", "1 critical finding (CP-03)",
                "area for improvement due immediately: CP-03", "area QOP not graded: insufficient evidence"),
                Gate.apply(g, GateOptions.parse("inadequate", "true", "immediately", "true", "true")).reasons());
    }
}
