package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.childcare.compliance.report.AreaForImprovement;
import org.junit.jupiter.api.Test;

/** grading.md "Areas for improvement". */
class AreasForImprovementTest {

    @Test
    void adequateAndInadequateCriteriaRaiseTheirActionWithTheirTimescaleGroupedBySoonestFirst() {
        Grading g = new TestCatalogue()
                .criterion("CP-10", "QOP", "HELP", "timescale: 3m").criterion("CP-07", "QOP", "HELP", "timescale: immediately")
                .criterion("CP-11", "QOP", "HELP", "timescale: 6m").criterion("CP-01", "QOP", "HELP", "timescale: 3m")
                .criterion("CP-05", "QOP", "HELP", "timescale: 3m").criterion("CP-06", "QOP", "HELP", "timescale: now")
                .graded("CP-10", 3).graded("CP-07", 4).graded("CP-11", 3).graded("CP-01", 4).graded("CP-05", 2)
                .graded("CP-06", 1).slac();
        assertEquals(List.of(
                new AreaForImprovement("immediately", "CP-07", "improve CP-07", List.of("QOP"), false),
                new AreaForImprovement("3m", "CP-01", "improve CP-01", List.of("QOP"), false),
                new AreaForImprovement("3m", "CP-10", "improve CP-10", List.of("QOP"), false),
                new AreaForImprovement("6m", "CP-11", "improve CP-11", List.of("QOP"), false)), g.areasForImprovement());
    }

    @Test
    void aCriticalFindingRaisesAnImmediateAreaForImprovementWhateverTheGrade() {
        Grading g = new TestCatalogue().criterion("CP-03", "SAFE", "HELP", "timescale: 6m", "critical: true")
                .criterion("LAC-12", "LAC-SAFE", "CARE", "timescale: 3m", "critical: true")
                .critical("CP-03", 1, 1).critical("LAC-12", 3, 2).slac();
        assertEquals(List.of(
                new AreaForImprovement("immediately", "CP-03", "improve CP-03", List.of("SAFE"), true),
                new AreaForImprovement("immediately", "LAC-12", "improve LAC-12", List.of("LAC-SAFE"), true)),
                g.areasForImprovement());
    }

    @Test
    void criteriaNotGradedRaiseNone() {
        Grading g = new TestCatalogue().criterion("CP-01", "QOP", "HELP").slac();
        assertEquals(List.of(), g.areasForImprovement());
    }

    @Test
    void theAreasOfAnAreaForImprovementAreThoseOfTheFramework() {
        Grading g = new TestCatalogue().criterion("REC-01", "QOP, LAC-QOP", "HELP, CARE").graded("REC-01", 3).ilacs();
        assertEquals(List.of("HELP", "CARE"), g.areasForImprovement().get(0).areas());
    }
}
