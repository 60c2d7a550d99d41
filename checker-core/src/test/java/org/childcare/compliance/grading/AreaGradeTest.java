package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.report.AreaJudgement;
import org.junit.jupiter.api.Test;

/**
 * grading.md "Area grade": weighted mean, evidence, limiting, critical. The bands a mean falls in are
 * tested in {@link MeanBandsTest}; an ungraded limiting criterion in {@link UngradedLimitingCriterionTest}.
 */
class AreaGradeTest {

    @Test
    void theAreaGradeIsTheMeanWeightedByEachCriterionsWeight() {
        // unweighted (1 + 4) / 2 = 2.5 would be Adequate; weighted (3·1 + 1·4) / 4 = 1.75 is below 2: Outstanding
        AreaJudgement qop = new TestCatalogue()
                .criterion("A-01", "QOP", "HELP", "weight: 3").criterion("A-02", "QOP", "HELP")
                .graded("A-01", 1).graded("A-02", 4).slac().judgement("QOP");
        assertEquals(1, qop.grade());
        assertEquals("Outstanding", qop.word());
        assertEquals("graded", qop.status());
        assertEquals(List.of("A-01", "A-02"), qop.criteria());
        assertEquals(List.of("weighted mean 1.75 over 2 of 2 criteria: Outstanding (below 2)"), qop.reasons());
    }

    @Test
    void fewerThanHalfTheCriteriaGradedIsLimitedEvidence() {
        TestCatalogue t = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP")
                .criterion("A-03", "QOP", "HELP").graded("A-01", 2);
        AreaJudgement qop = t.slac().judgement("QOP");
        assertEquals(2, qop.grade());
        assertTrue(qop.limitedEvidence());
        assertEquals(List.of("weighted mean 2.00 over 1 of 3 criteria: Good (2 to below 2.5)",
                "limited evidence: fewer than half of its criteria graded"), qop.reasons());
        // exactly half is not fewer than half
        AreaJudgement half = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP")
                .graded("A-01", 2).slac().judgement("QOP");
        assertFalse(half.limitedEvidence());
    }

    @Test
    void anAreaWithNoGradedCriterionIsNotGraded() {
        AreaJudgement qop = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP")
                .slac().judgement("QOP");
        assertNull(qop.grade());
        assertNull(qop.word());
        assertEquals("insufficient-evidence", qop.status());
        assertEquals(List.of("not graded: none of its 2 criteria could be graded (insufficient evidence)"), qop.reasons());
    }

    @Test
    void theAreaIsNoBetterThanItsWorstLimitingCriterion() {
        AreaJudgement safe = new TestCatalogue()
                .criterion("ASM-02", "SAFE", "HELP", "limiting: true").criterion("A-01", "SAFE", "HELP")
                .criterion("A-02", "SAFE", "HELP").criterion("A-03", "SAFE", "HELP")
                .graded("ASM-02", 3).graded("A-01", 1).graded("A-02", 1).graded("A-03", 1).slac().judgement("SAFE");
        assertEquals(3, safe.grade());
        assertEquals(List.of("weighted mean 1.50 over 4 of 4 criteria: Outstanding (below 2)",
                "capped at Adequate by limiting criterion ASM-02"), safe.reasons());
    }

    @Test
    void aLimitingCriterionBetterThanTheMeanCapsNothing() {
        // (1 + 4) / 2 = 2.5: Adequate; the limiting criterion, Outstanding, is no lower bound
        AreaJudgement safe = new TestCatalogue().criterion("ASM-02", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "SAFE", "HELP").graded("ASM-02", 1).graded("A-01", 4).slac().judgement("SAFE");
        assertEquals(3, safe.grade());
        assertEquals(1, safe.reasons().size());
    }

    @Test
    void aCriticalFindingMakesEveryAreaOfItsCriterionInadequate() {
        Grading g = new TestCatalogue().criterion("CP-03", "SAFE, QOP", "HELP", "critical: true", "limiting: true")
                .criterion("A-01", "SAFE", "HELP").criterion("A-02", "QOP", "HELP")
                .critical("CP-03", 1, 2).graded("A-01", 1).graded("A-02", 1).slac();
        for (String area : List.of("SAFE", "QOP")) {
            AreaJudgement j = g.judgement(area);
            assertEquals(4, j.grade(), area);
            assertEquals(2, j.critical(), area);
            assertEquals("Inadequate: 2 critical findings in CP-03", j.reasons().get(j.reasons().size() - 1));
        }
    }

    @Test
    void criticalFindingsInSeveralCriteriaAreCountedEach() {
        AreaJudgement safe = new TestCatalogue().criterion("CP-03", "SAFE", "HELP", "critical: true")
                .criterion("CP-13", "SAFE", "HELP", "critical: true").critical("CP-03", 2, 2).critical("CP-13", 2, 1)
                .slac().judgement("SAFE");
        assertEquals(4, safe.grade());
        assertEquals(3, safe.critical());
        assertTrue(safe.reasons().contains("Inadequate: 3 critical findings in CP-03 (2), CP-13 (1)"), safe.reasons()::toString);
    }

    @Test
    void aCriticalFindingGradesAnAreaEvenWhenNothingElseCould() {
        TestCatalogue t = new TestCatalogue().criterion("CP-03", "SAFE", "HELP", "critical: true")
                .criterion("A-01", "SAFE", "HELP").criterion("A-02", "SAFE", "HELP");
        t.measurements().put("CP-03", new org.childcare.compliance.engine.Measurement("CP-03", 0, 0, 0, null, null, null,
                java.util.Map.of(), List.of(), 1, 1, null));
        AreaJudgement safe = t.slac().judgement("SAFE");
        assertEquals(4, safe.grade());
        assertEquals("graded", safe.status());
        assertEquals(List.of("not graded: none of its 3 criteria could be graded (insufficient evidence)",
                "Inadequate: 1 critical finding in CP-03"), safe.reasons());
    }

    @Test
    void aCriterionInformingTwoAreasCountsInEach() {
        Grading g = new TestCatalogue().criterion("REC-01", "QOP, LAC-QOP", "HELP, CARE").graded("REC-01", 3).slac();
        assertEquals(3, g.grade("QOP"));
        assertEquals(3, g.grade("LAC-QOP"));
    }
}
