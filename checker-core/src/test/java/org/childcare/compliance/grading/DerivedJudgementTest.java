package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.report.AreaJudgement;
import org.junit.jupiter.api.Test;

/** grading.md "Derived judgements": overall effectiveness and capacity for improvement. */
class DerivedJudgementTest {

    @Test
    void overallIsTheWeightedMeanOfEveryGradedCriterionCountedOnce() {
        // counted once: (4 + 1 + 1) / 3 = 2 → Good; counting A-01 in both QOP and PART would give 2.5 → Adequate
        Grading g = new TestCatalogue().criterion("A-01", "QOP, PART", "HELP").criterion("A-02", "QOP", "HELP")
                .criterion("A-03", "SAFE", "HELP").graded("A-01", 4).graded("A-02", 1).graded("A-03", 1).slac();
        AreaJudgement overall = g.judgement("OVERALL");
        assertEquals(2, overall.grade());
        assertTrue(overall.derived());
        assertEquals("Safeguarding services", overall.section());
        assertEquals(List.of("A-01", "A-02", "A-03"), overall.criteria());
        assertEquals("weighted mean 2.00 over 3 of 3 criteria of SAFE, QOP, PART → Good", overall.reasons().get(0));
    }

    @Test
    void overallAveragesCriteriaNotRoundedAreas() {
        // areas: QOP (1+2)/2 = 1.5 → 2, PART (1+2)/2 → 2, SAFE 1; mean of area grades would be 1.67 → 2;
        // the criteria's mean is 7/5 = 1.4 → 1
        Grading g = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP")
                .criterion("A-03", "PART", "HELP").criterion("A-04", "PART", "HELP").criterion("A-05", "SAFE", "HELP")
                .graded("A-01", 1).graded("A-02", 2).graded("A-03", 1).graded("A-04", 2).graded("A-05", 1).slac();
        assertEquals(2, g.grade("QOP"));
        assertEquals(1, g.grade("OVERALL"));
    }

    @Test
    void overallIsNoBetterThanSafe() {
        Grading g = new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP").criterion("A-03", "LEAD", "LEADERS")
                .graded("CP-13", 4).graded("A-01", 1).graded("A-02", 1).graded("A-03", 1).slac();
        AreaJudgement overall = g.judgement("OVERALL");
        assertEquals(4, g.grade("SAFE"));
        assertEquals(4, overall.grade());
        assertEquals(List.of("weighted mean 1.75 over 4 of 4 criteria of SAFE, QOP, LEAD → Good",
                "capped at Inadequate: no better than SAFE"), overall.reasons());
    }

    @Test
    void lookedAfterOverallIsNoBetterThanLacSafe() {
        Grading g = new TestCatalogue().criterion("LAC-01", "LAC-SAFE", "CARE")
                .criterion("HLT-01", "LAC-HEALTHY", "CARE").criterion("HLT-02", "LAC-HEALTHY", "CARE")
                .graded("LAC-01", 3).graded("HLT-01", 1).graded("HLT-02", 1).slac();
        assertEquals(3, g.grade("LAC-OVERALL"), "mean 1.67 → Good, then capped at LAC-SAFE");
        assertEquals("capped at Adequate: no better than LAC-SAFE", g.judgement("LAC-OVERALL").reasons().get(1));
        assertEquals("Services for looked after children", g.judgement("LAC-OVERALL").section());
        assertNull(g.judgement("OVERALL"), "no safeguarding criteria: no safeguarding overall");
    }

    @Test
    void safeguardingOverallIgnoresLookedAfterAreasAndTheOtherWayRound() {
        Grading g = new TestCatalogue().criterion("A-01", "SAFE", "HELP").criterion("LAC-01", "LAC-SAFE", "CARE")
                .graded("A-01", 1).graded("LAC-01", 4).slac();
        assertEquals(1, g.grade("OVERALL"));
        assertEquals(List.of("A-01"), g.judgement("OVERALL").criteria());
        assertEquals(4, g.grade("LAC-OVERALL"));
    }

    @Test
    void overallIsNotGradedWhenSafeIsNot() {
        Grading g = new TestCatalogue().criterion("A-01", "SAFE", "HELP").criterion("A-02", "QOP", "HELP")
                .graded("A-02", 1).slac();
        AreaJudgement overall = g.judgement("OVERALL");
        assertNull(overall.grade());
        assertEquals("insufficient-evidence", overall.status());
        assertEquals("not graded: SAFE, which it can be no better than, is not graded", overall.reasons().get(1));
    }

    @Test
    void ilacsOverallIsTheWeightedMeanOfItsJudgementsCriteria() {
        Grading g = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS, HELP, CARE, LEAVERS", "weight: 2")
                .criterion("CP-01", "QOP", "HELP").criterion("LAC-03", "LAC-QOP", "CARE").criterion("CL-01", "LAC-ECON", "LEAVERS")
                .graded("WF-01", 1).graded("CP-01", 2).graded("LAC-03", 3).graded("CL-01", 2).ilacs();
        // (2·1 + 2 + 3 + 2) / 5 = 1.8 → Good
        AreaJudgement overall = g.judgement("OVERALL");
        assertEquals(2, overall.grade());
        assertEquals("Good", overall.word());
        assertEquals("Judgements", overall.section());
        assertEquals(List.of("CL-01", "CP-01", "LAC-03", "WF-01"), overall.criteria());
        assertNull(g.judgement("CAP"), "ILACS has no capacity judgement");
    }

    @Test
    void ilacsOverallIsInadequateOnAnyCriticalFinding() {
        Grading g = new TestCatalogue().criterion("LAC-12", "LAC-SAFE", "CARE", "critical: true")
                .criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP").criterion("A-03", "QOP", "HELP")
                .critical("LAC-12", 1, 1).graded("A-01", 1).graded("A-02", 1).graded("A-03", 1).ilacs();
        AreaJudgement overall = g.judgement("OVERALL");
        assertEquals(4, overall.grade());
        assertEquals(1, overall.critical());
        assertTrue(overall.reasons().contains("Inadequate: 1 critical finding in LAC-12"), overall.reasons()::toString);
    }

    @Test
    void ilacsOverallIsInadequateWhenALimitingCriterionIsInadequate() {
        Grading g = new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "QOP", "CARE").criterion("A-02", "QOP", "CARE").criterion("A-03", "QOP", "LEADERS")
                .graded("CP-13", 4).graded("A-01", 1).graded("A-02", 1).graded("A-03", 1).ilacs();
        AreaJudgement overall = g.judgement("OVERALL");
        assertEquals(4, overall.grade());
        assertTrue(overall.reasons().contains("Inadequate: limiting criterion CP-13 graded Inadequate"), overall.reasons()::toString);
    }

    @Test
    void ilacsOverallIsNotCappedByAnInadequateJudgementWithoutCriticalOrLimiting() {
        Grading g = new TestCatalogue().criterion("CP-01", "QOP", "HELP", "limiting: true")
                .criterion("A-01", "QOP", "CARE").criterion("A-02", "QOP", "CARE").criterion("A-03", "QOP", "LEADERS")
                .criterion("A-04", "QOP", "HELP")
                .graded("CP-01", 3).graded("A-04", 4).graded("A-01", 1).graded("A-02", 1).graded("A-03", 1).ilacs();
        assertEquals(4, g.grade("HELP"), "(3 + 4) / 2 = 3.5 → Inadequate");
        assertEquals(2, g.grade("OVERALL"), "(3 + 4 + 1 + 1 + 1) / 5 = 2 → Good: a limiting criterion graded only Adequate");
    }

    @Test
    void capacityIsTheRoundedMeanOfLeadershipAndPerformanceManagement() {
        Grading g = new TestCatalogue().criterion("WF-01", "LEAD, LAC-LEAD", "LEADERS").criterion("SUP-01", "PMQA, LAC-PMQA", "LEADERS")
                .graded("WF-01", 2).graded("SUP-01", 3).slac();
        AreaJudgement cap = g.judgement("CAP");
        assertEquals(3, cap.grade(), "(2 + 3) / 2 = 2.5 → the worse grade");
        assertEquals(List.of("mean of LEAD (Good) and PMQA (Adequate) 2.50 → Adequate (exactly halfway: rounds to the worse grade)"),
                cap.reasons());
        assertEquals(3, g.grade("LAC-CAP"));
        assertEquals(List.of("SUP-01", "WF-01"), cap.criteria());
    }

    @Test
    void capacityFromOneInputIsLimitedEvidence() {
        Grading g = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS")
                .graded("WF-01", 2).slac();
        AreaJudgement cap = g.judgement("CAP");
        assertEquals(2, cap.grade());
        assertTrue(cap.limitedEvidence());
        assertNull(new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").slac().grade("CAP"));
    }

    private static TestCatalogue capacityCatalogue() {
        TestCatalogue t = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS");
        for (int i = 1; i <= 4; i++) {
            t.criterion("CP-0" + i, "QOP", "HELP");
        }
        t.criterion("LAC-01", "LAC-SAFE", "CARE");
        return t;
    }

    @Test
    void capacityMovesOneGradeBetterWhenTwoThirdsHeldOrImproved() {
        Grading before = capacityCatalogue().graded("WF-01", 2).graded("SUP-01", 2)
                .graded("CP-01", 3).graded("CP-02", 3).graded("CP-03", 3).graded("CP-04", 2).slac();
        // 6 criteria graded in both: WF-01, SUP-01, CP-01..03 held or improved (5), CP-04 declined (1)
        Grading now = capacityCatalogue().graded("WF-01", 2).graded("SUP-01", 3)
                .graded("CP-01", 2).graded("CP-02", 3).graded("CP-03", 3).graded("CP-04", 3).graded("LAC-01", 4)
                .grade("slac-2009", "full", before);
        AreaJudgement cap = now.judgement("CAP");
        assertEquals(2, cap.grade(), "mean 2.5 → Adequate, then one better");
        assertEquals("against the previous self-assessment: 4 of 6 criteria graded in both periods held or improved, "
                + "2 declined (at least two thirds held or improved) → one grade better: Good", cap.reasons().get(1));
        assertEquals(2, cap.previous().grade(), "the previous capacity, graded without a trend of its own");
        assertEquals("Good", cap.previous().word());
    }

    @Test
    void capacityMovesOneGradeWorseWhenMoreThanAThirdDeclined() {
        Grading before = capacityCatalogue().graded("WF-01", 2).graded("SUP-01", 2)
                .graded("CP-01", 2).graded("CP-02", 2).graded("CP-03", 2).graded("CP-04", 2).slac();
        // 6 in both, 3 declined: more than a third
        Grading now = capacityCatalogue().graded("WF-01", 2).graded("SUP-01", 2)
                .graded("CP-01", 2).graded("CP-02", 3).graded("CP-03", 3).graded("CP-04", 3)
                .grade("slac-2009", "full", before);
        AreaJudgement cap = now.judgement("CAP");
        assertEquals(3, cap.grade(), "Good, then one worse");
        assertTrue(cap.reasons().get(1).endsWith("3 of 6 criteria graded in both periods held or improved, 3 declined "
                + "(more than a third declined) → one grade worse: Adequate"), cap.reasons().get(1));
    }

    @Test
    void capacityStaysWithinOutstandingAndInadequate() {
        TestCatalogue t = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS");
        Grading best = t.graded("WF-01", 1).graded("SUP-01", 1).slac();
        Grading stillBest = t.grade("slac-2009", "full", best);
        assertEquals(1, stillBest.grade("CAP"));
        assertTrue(stillBest.judgement("CAP").reasons().get(1).endsWith("→ already Outstanding"));
        Grading worst = t.graded("WF-01", 4).graded("SUP-01", 4).grade("slac-2009", "full",
                new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS")
                        .graded("WF-01", 1).graded("SUP-01", 1).slac());
        assertEquals(4, worst.grade("CAP"));
    }

    @Test
    void capacityWithoutAPreviousSelfAssessmentIsNotMoved() {
        Grading g = capacityCatalogue().graded("WF-01", 2).graded("SUP-01", 2).slac();
        assertEquals(2, g.grade("CAP"));
        assertEquals(1, g.judgement("CAP").reasons().size());
        assertNull(g.judgement("CAP").previous());
        assertFalse(g.againstPrevious());
    }

    @Test
    void capacityIsNotMovedWhenNoCriterionWasGradedInBothPeriods() {
        Grading before = capacityCatalogue().slac();
        Grading now = capacityCatalogue().graded("WF-01", 2).graded("SUP-01", 2).grade("slac-2009", "full", before);
        assertEquals(2, now.grade("CAP"));
        assertEquals("against the previous self-assessment: no criterion graded in both periods, so unchanged",
                now.judgement("CAP").reasons().get(1));
    }

    @Test
    void capacityTrendLooksOnlyAtTheCriteriaOfItsSection() {
        // LAC-01 declined, but it is a looked after children criterion: the safeguarding capacity ignores it
        Grading before = capacityCatalogue().graded("WF-01", 2).graded("SUP-01", 2).graded("LAC-01", 1).slac();
        Grading now = capacityCatalogue().graded("WF-01", 2).graded("SUP-01", 2).graded("LAC-01", 4)
                .grade("slac-2009", "full", before);
        assertEquals(1, now.grade("CAP"), "2 of 2 held → one better");
    }
}
