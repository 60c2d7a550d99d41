package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.report.AreaJudgement;
import org.junit.jupiter.api.Test;

/** grading.md "Derived judgements": overall effectiveness. Capacity for improvement is in {@link CapacityForImprovementTest}. */
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
        assertEquals("weighted mean 2.00 over 3 of 3 criteria of SAFE, QOP, PART: Good (2 to below 2.5)", overall.reasons().get(0));
    }

    @Test
    void overallAveragesCriteriaNotRoundedAreas() {
        // areas: QOP (2+2+3)/3 = 2.33 → Good, PART the same, SAFE 1 → Outstanding; the mean of the area
        // grades would be 5/3 = 1.67 → Outstanding; the criteria's mean is 15/7 = 2.14 → Good
        Grading g = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP")
                .criterion("A-03", "QOP", "HELP").criterion("A-04", "PART", "HELP").criterion("A-05", "PART", "HELP")
                .criterion("A-06", "PART", "HELP").criterion("A-07", "SAFE", "HELP")
                .graded("A-01", 2).graded("A-02", 2).graded("A-03", 3).graded("A-04", 2).graded("A-05", 2).graded("A-06", 3)
                .graded("A-07", 1).slac();
        assertEquals(2, g.grade("QOP"));
        assertEquals(2, g.grade("PART"));
        assertEquals(1, g.grade("SAFE"));
        assertEquals(2, g.grade("OVERALL"));
    }

    @Test
    void overallIsNoBetterThanSafe() {
        Grading g = new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP").criterion("A-03", "LEAD", "LEADERS")
                .graded("CP-13", 4).graded("A-01", 1).graded("A-02", 1).graded("A-03", 1).slac();
        AreaJudgement overall = g.judgement("OVERALL");
        assertEquals(4, g.grade("SAFE"));
        assertEquals(4, overall.grade());
        assertEquals(List.of("weighted mean 1.75 over 4 of 4 criteria of SAFE, QOP, LEAD: Outstanding (below 2)",
                "capped at Inadequate: no better than SAFE"), overall.reasons());
    }

    @Test
    void lookedAfterOverallIsNoBetterThanLacSafe() {
        Grading g = new TestCatalogue().criterion("LAC-01", "LAC-SAFE", "CARE")
                .criterion("HLT-01", "LAC-HEALTHY", "CARE").criterion("HLT-02", "LAC-HEALTHY", "CARE")
                .graded("LAC-01", 3).graded("HLT-01", 1).graded("HLT-02", 1).slac();
        assertEquals(3, g.grade("LAC-OVERALL"), "mean 1.67 → Outstanding, then capped at LAC-SAFE");
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
        // (2·1 + 2 + 3 + 2) / 5 = 1.8, below 2 → Outstanding
        AreaJudgement overall = g.judgement("OVERALL");
        assertEquals(1, overall.grade());
        assertEquals("Outstanding", overall.word());
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
}
