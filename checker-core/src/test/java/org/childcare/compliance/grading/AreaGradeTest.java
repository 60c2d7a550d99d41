package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.report.AreaJudgement;
import org.junit.jupiter.api.Test;

/** grading.md "Area grade": weighted mean, halfway to the worse grade, evidence, limiting, critical. */
class AreaGradeTest {

    @Test
    void theAreaGradeIsTheMeanWeightedByEachCriterionsWeight() {
        // unweighted (1 + 4) / 2 = 2.5 would be Adequate; weighted (3·1 + 1·4) / 4 = 1.75 is Good
        AreaJudgement qop = new TestCatalogue()
                .criterion("A-01", "QOP", "HELP", "weight: 3").criterion("A-02", "QOP", "HELP")
                .graded("A-01", 1).graded("A-02", 4).slac().judgement("QOP");
        assertEquals(2, qop.grade());
        assertEquals("Good", qop.word());
        assertEquals("graded", qop.status());
        assertEquals(List.of("A-01", "A-02"), qop.criteria());
        assertEquals(List.of("weighted mean 1.75 over 2 of 2 criteria → Good"), qop.reasons());
    }

    @Test
    void aMeanExactlyHalfwayRoundsToTheWorseGrade() {
        AreaJudgement qop = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP")
                .graded("A-01", 2).graded("A-02", 3).slac().judgement("QOP");
        assertEquals(3, qop.grade());
        assertEquals("weighted mean 2.50 over 2 of 2 criteria → Adequate (exactly halfway: rounds to the worse grade)",
                qop.reasons().get(0));
    }

    @Test
    void aHalfwayMeanThatFloatingPointPutsJustBelowStillRoundsToTheWorseGrade() {
        // (1.7·3 + 1.7·4) / 3.4 is 3.5 on paper and 3.4999999999999996 in double arithmetic
        AreaJudgement qop = new TestCatalogue()
                .criterion("A-01", "QOP", "HELP", "weight: 1.7").criterion("A-02", "QOP", "HELP", "weight: 1.7")
                .graded("A-01", 3).graded("A-02", 4).slac().judgement("QOP");
        assertEquals(4, qop.grade());
        // and one with three different weights (2.3, 1.7, 0.2: 2.4999999999999996)
        AreaJudgement three = new TestCatalogue()
                .criterion("A-01", "QOP", "HELP", "weight: 2.3").criterion("A-02", "QOP", "HELP", "weight: 1.7")
                .criterion("A-03", "QOP", "HELP", "weight: 0.2")
                .graded("A-01", 3).graded("A-02", 2).graded("A-03", 1).slac().judgement("QOP");
        assertEquals(3, three.grade());
    }

    @Test
    void roundingIsToTheNearestGradeOtherwise() {
        assertEquals(2, Grader.round(2.49));
        assertEquals(3, Grader.round(2.5));
        assertEquals(3, Grader.round(2.51));
        assertEquals(1, Grader.round(1.0));
        assertEquals(2, Grader.round(1.5));
        assertEquals(4, Grader.round(3.5));
        assertEquals(4, Grader.round(4.0));
    }

    @Test
    void aMeanJustOffHalfwayIsNotPrintedAsHalfway() {
        assertEquals("2.49", Grader.format(2.49));
        assertEquals("2.50", Grader.format(2.5));
        assertEquals("2.499", Grader.format(2.499));
        assertEquals("2.49999", Grader.format(2.49999));
        assertEquals("2.501", Grader.format(2.501));
    }

    @Test
    void fewerThanHalfTheCriteriaGradedIsLimitedEvidence() {
        TestCatalogue t = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP")
                .criterion("A-03", "QOP", "HELP").graded("A-01", 2);
        AreaJudgement qop = t.slac().judgement("QOP");
        assertEquals(2, qop.grade());
        assertTrue(qop.limitedEvidence());
        assertEquals(List.of("weighted mean 2.00 over 1 of 3 criteria → Good",
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
        assertEquals(List.of("weighted mean 1.50 over 4 of 4 criteria → Good (exactly halfway: rounds to the worse grade)",
                "capped at Adequate by limiting criterion ASM-02"), safe.reasons());
    }

    @Test
    void aLimitingCriterionBetterThanTheMeanCapsNothing() {
        AreaJudgement safe = new TestCatalogue().criterion("ASM-02", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "SAFE", "HELP").graded("ASM-02", 1).graded("A-01", 4).slac().judgement("SAFE");
        assertEquals(3, safe.grade());
        assertEquals(1, safe.reasons().size());
    }

    @Test
    void aLimitingCriterionNotGradedCapsNothingAndSaysSo() {
        AreaJudgement safe = new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "SAFE", "HELP").graded("A-01", 1).slac().judgement("SAFE");
        assertEquals(1, safe.grade());
        assertTrue(safe.reasons().contains("limiting criterion CP-13 not graded: it caps nothing"), safe.reasons()::toString);
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
