package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childcare.compliance.report.AreaJudgement;
import org.junit.jupiter.api.Test;

/**
 * grading.md "Area grade" 4: an area whose limiting criterion is not graded is no better than Good
 * and is marked limited evidence, because Outstanding needs evidence on what limits.
 */
class UngradedLimitingCriterionTest {

    /** SAFE with limiting CP-13 and three other criteria, each graded {@code other}; CP-13 not measured. */
    private static AreaJudgement safeWithoutCp13(int other) {
        return new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "SAFE", "HELP").criterion("A-02", "SAFE", "HELP").criterion("A-03", "SAFE", "HELP")
                .graded("A-01", other).graded("A-02", other).graded("A-03", other).slac().judgement("SAFE");
    }

    @Test
    void anOtherwiseOutstandingAreaIsCappedAtGoodAndSaysWhichCriterionWasMissing() {
        AreaJudgement safe = safeWithoutCp13(1);
        assertEquals(2, safe.grade());
        assertEquals("Good", safe.word());
        assertTrue(safe.limitedEvidence());
        assertEquals(List.of("weighted mean 1.00 over 3 of 4 criteria: Outstanding (below 2)",
                "capped at Good, limited evidence: limiting criterion CP-13 not graded (Outstanding needs evidence on what limits)"),
                safe.reasons());
    }

    @Test
    void anAreaAlreadyAdequateStaysAdequateButIsStillLimitedEvidence() {
        AreaJudgement safe = safeWithoutCp13(3);
        assertEquals(3, safe.grade());
        assertTrue(safe.limitedEvidence());
        assertEquals(List.of("weighted mean 3.00 over 3 of 4 criteria: Adequate (2.5 to 3)",
                "limited evidence: limiting criterion CP-13 not graded (no better than Good: Outstanding needs evidence on what limits)"),
                safe.reasons());
    }

    @Test
    void aGoodAreaStaysGoodAndIsLimitedEvidence() {
        AreaJudgement safe = safeWithoutCp13(2);
        assertEquals(2, safe.grade());
        assertTrue(safe.limitedEvidence());
    }

    @Test
    void everyUngradedLimitingCriterionIsNamed() {
        AreaJudgement safe = new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("ASM-04", "SAFE", "HELP", "limiting: true").criterion("A-01", "SAFE", "HELP")
                .criterion("A-02", "SAFE", "HELP").graded("A-01", 1).graded("A-02", 1).slac().judgement("SAFE");
        assertEquals(2, safe.grade());
        assertTrue(safe.reasons().contains("capped at Good, limited evidence: limiting criteria ASM-04, CP-13 not graded "
                + "(Outstanding needs evidence on what limits)"), safe.reasons()::toString);
    }

    @Test
    void aGradedLimitingCriterionStillCapsBelowGood() {
        // ASM-04 graded Inadequate caps at Inadequate; CP-13 ungraded adds limited evidence but no better cap
        AreaJudgement safe = new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("ASM-04", "SAFE", "HELP", "limiting: true").criterion("A-01", "SAFE", "HELP")
                .graded("ASM-04", 4).graded("A-01", 1).slac().judgement("SAFE");
        assertEquals(4, safe.grade());
        assertTrue(safe.limitedEvidence());
        assertEquals(List.of("weighted mean 2.50 over 2 of 3 criteria: Adequate (2.5 to 3)",
                "capped at Inadequate by limiting criterion ASM-04",
                "limited evidence: limiting criterion CP-13 not graded (no better than Good: Outstanding needs evidence on what limits)"),
                safe.reasons());
    }

    @Test
    void aGradedLimitingCriterionLeavesTheEvidenceUnlimited() {
        AreaJudgement safe = new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "SAFE", "HELP").graded("CP-13", 1).graded("A-01", 1).slac().judgement("SAFE");
        assertEquals(1, safe.grade());
        assertFalse(safe.limitedEvidence());
    }

    @Test
    void theCapCarriesIntoOverallEffectiveness() {
        // overall's own mean is Outstanding, but it can be no better than SAFE, now Good
        Grading g = new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "SAFE", "HELP").criterion("A-02", "QOP", "HELP")
                .graded("A-01", 1).graded("A-02", 1).slac();
        assertEquals(2, g.grade("SAFE"));
        assertEquals(2, g.grade("OVERALL"));
        assertEquals("capped at Good: no better than SAFE", g.judgement("OVERALL").reasons().get(1));
    }

    @Test
    void anAreaWithNothingGradedIsStillNotGraded() {
        AreaJudgement safe = new TestCatalogue().criterion("CP-13", "SAFE", "HELP", "limiting: true")
                .criterion("A-01", "SAFE", "HELP").slac().judgement("SAFE");
        assertNull(safe.grade());
        assertEquals(List.of("not graded: none of its 2 criteria could be graded (insufficient evidence)"), safe.reasons());
    }
}
