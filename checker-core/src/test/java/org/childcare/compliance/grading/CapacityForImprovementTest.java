package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.childcare.compliance.report.AreaJudgement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * grading.md "Derived judgements", capacity for improvement (slac-2009): graded by the bands from
 * the mean of LEAD and PMQA (LAC-LEAD and LAC-PMQA); against a previous self-assessment, with n
 * criteria graded in both periods, one grade better when up − down ≥ n/4, one grade worse when
 * down − up ≥ n/4, otherwise unchanged. Held grades count in n and neither way.
 */
class CapacityForImprovementTest {

    @Nested
    class FromTheMeanOfLeadershipAndPerformanceManagement {
        @Test
        void goodAndAdequateMeanTwoAndAHalfWhichIsAdequate() {
            Grading g = new TestCatalogue().criterion("WF-01", "LEAD, LAC-LEAD", "LEADERS")
                    .criterion("SUP-01", "PMQA, LAC-PMQA", "LEADERS").graded("WF-01", 2).graded("SUP-01", 3).slac();
            AreaJudgement cap = g.judgement("CAP");
            assertEquals(3, cap.grade());
            assertEquals(List.of("mean 2.50 of LEAD (Good) and PMQA (Adequate): Adequate (2.5 to 3)"), cap.reasons());
            assertEquals(3, g.grade("LAC-CAP"));
            assertEquals(List.of("mean 2.50 of LAC-LEAD (Good) and LAC-PMQA (Adequate): Adequate (2.5 to 3)"),
                    g.judgement("LAC-CAP").reasons());
            assertEquals(List.of("SUP-01", "WF-01"), cap.criteria());
        }

        @Test
        void outstandingAndGoodMeanOneAndAHalfWhichIsOutstanding() {
            // plain rounding made 1.5 Good; below 2 is Outstanding
            Grading g = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS")
                    .graded("WF-01", 1).graded("SUP-01", 2).slac();
            assertEquals(1, g.grade("CAP"));
            assertEquals(List.of("mean 1.50 of LEAD (Outstanding) and PMQA (Good): Outstanding (below 2)"),
                    g.judgement("CAP").reasons());
        }

        @Test
        void adequateAndInadequateMeanThreeAndAHalfWhichIsInadequate() {
            Grading g = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS")
                    .graded("WF-01", 3).graded("SUP-01", 4).slac();
            assertEquals(4, g.grade("CAP"));
        }

        @Test
        void oneInputAloneIsLimitedEvidence() {
            Grading g = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS")
                    .graded("WF-01", 2).slac();
            AreaJudgement cap = g.judgement("CAP");
            assertEquals(2, cap.grade());
            assertTrue(cap.limitedEvidence());
            assertEquals(List.of("mean 2.00 of LEAD (Good) alone: Good (2 to below 2.5)", "limited evidence: PMQA not graded"),
                    cap.reasons());
            assertNull(new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").slac().grade("CAP"));
        }

        @Test
        void withoutAPreviousSelfAssessmentItIsNotMoved() {
            Grading g = pool().graded("WF-01", 2).graded("SUP-01", 2).slac();
            assertEquals(2, g.grade("CAP"));
            assertEquals(1, g.judgement("CAP").reasons().size());
            assertNull(g.judgement("CAP").previous());
            assertFalse(g.againstPrevious());
        }
    }

    /**
     * The safeguarding pool: WF-01 (LEAD) and SUP-01 (PMQA), always graded Good in both periods so that
     * capacity starts at Good and they count as held, and CP-01..CP-08 (QOP), whose trends each test sets;
     * LAC-01 belongs to the looked after section.
     */
    private static TestCatalogue pool() {
        TestCatalogue t = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS");
        for (int i = 1; i <= 8; i++) {
            t.criterion("CP-0" + i, "QOP", "HELP");
        }
        t.criterion("LAC-01", "LAC-SAFE", "CARE");
        return t;
    }

    /** Grades the pool now against before, each given as criterion → grade; WF-01 and SUP-01 Good in both. */
    private static AreaJudgement capacity(Map<String, Integer> before, Map<String, Integer> now) {
        TestCatalogue previous = pool().graded("WF-01", 2).graded("SUP-01", 2);
        before.forEach(previous::graded);
        TestCatalogue current = pool().graded("WF-01", 2).graded("SUP-01", 2);
        now.forEach(current::graded);
        return current.grade("slac-2009", "full", previous.slac()).judgement("CAP");
    }

    @Nested
    class AgainstThePreviousSelfAssessment {
        @Test
        void aNetImprovementOfExactlyAQuarterMovesItOneGradeBetter() {
            // n = 4 (WF-01, SUP-01 held; CP-01 improved, CP-02 held): up − down = 1 = 4/4
            AreaJudgement cap = capacity(Map.of("CP-01", 3, "CP-02", 2), Map.of("CP-01", 2, "CP-02", 2));
            assertEquals(1, cap.grade());
            assertEquals("against the previous self-assessment: of 4 criteria graded in both periods, 1 improved, "
                    + "0 declined and 3 held; 1 more improved than declined, at least a quarter of 4 (1) → one grade better: "
                    + "Outstanding", cap.reasons().get(1));
            assertEquals(2, cap.previous().grade(), "the previous capacity, graded without a trend of its own");
        }

        @Test
        void aNetImprovementJustUnderAQuarterLeavesItUnchanged() {
            // n = 5 (WF-01, SUP-01, CP-02, CP-03 held; CP-01 improved): up − down = 1 < 5/4
            AreaJudgement cap = capacity(Map.of("CP-01", 3, "CP-02", 2, "CP-03", 2),
                    Map.of("CP-01", 2, "CP-02", 2, "CP-03", 2));
            assertEquals(2, cap.grade());
            assertEquals("against the previous self-assessment: of 5 criteria graded in both periods, 1 improved, "
                    + "0 declined and 4 held; the difference, 1, is less than a quarter of 5 (1.25) → unchanged: Good",
                    cap.reasons().get(1));
        }

        @Test
        void aNetDeclineOfExactlyAQuarterMovesItOneGradeWorse() {
            // n = 8: CP-01..CP-03 declined, CP-04 improved, the rest held: down − up = 2 = 8/4
            AreaJudgement cap = capacity(Map.of("CP-01", 2, "CP-02", 2, "CP-03", 2, "CP-04", 3, "CP-05", 2, "CP-06", 2),
                    Map.of("CP-01", 3, "CP-02", 3, "CP-03", 3, "CP-04", 2, "CP-05", 2, "CP-06", 2));
            assertEquals(3, cap.grade());
            assertEquals("against the previous self-assessment: of 8 criteria graded in both periods, 1 improved, "
                    + "3 declined and 4 held; 2 more declined than improved, at least a quarter of 8 (2) → one grade worse: "
                    + "Adequate", cap.reasons().get(1));
        }

        @Test
        void aNetDeclineJustUnderAQuarterLeavesItUnchanged() {
            // n = 9: two declined, none improved: 2 < 9/4
            AreaJudgement cap = capacity(
                    Map.of("CP-01", 2, "CP-02", 2, "CP-03", 2, "CP-04", 2, "CP-05", 2, "CP-06", 2, "CP-07", 2),
                    Map.of("CP-01", 3, "CP-02", 3, "CP-03", 2, "CP-04", 2, "CP-05", 2, "CP-06", 2, "CP-07", 2));
            assertEquals(2, cap.grade());
            assertTrue(cap.reasons().get(1).endsWith("2 declined and 7 held; the difference, 2, is less than a quarter of "
                    + "9 (2.25) → unchanged: Good"), cap.reasons().get(1));
        }

        @Test
        void gradesThatMerelyHeldDoNotMoveIt() {
            // the old rule moved capacity up when two thirds held or improved: here all held
            AreaJudgement cap = capacity(Map.of("CP-01", 2, "CP-02", 3), Map.of("CP-01", 2, "CP-02", 3));
            assertEquals(2, cap.grade());
            assertTrue(cap.reasons().get(1).endsWith("0 improved, 0 declined and 4 held; the difference, 0, is less than a "
                    + "quarter of 4 (1) → unchanged: Good"), cap.reasons().get(1));
        }

        @Test
        void improvementsAndDeclinesCancelOut() {
            // n = 6: two improved, two declined
            AreaJudgement cap = capacity(Map.of("CP-01", 3, "CP-02", 3, "CP-03", 2, "CP-04", 2),
                    Map.of("CP-01", 2, "CP-02", 2, "CP-03", 3, "CP-04", 3));
            assertEquals(2, cap.grade());
        }

        @Test
        void noCriterionGradedInBothPeriodsLeavesItUnchanged() {
            Grading before = pool().slac();
            Grading now = pool().graded("WF-01", 2).graded("SUP-01", 2).graded("CP-01", 1).grade("slac-2009", "full", before);
            assertEquals(2, now.grade("CAP"), "n = 0: no evidence of change either way");
            assertEquals("against the previous self-assessment: no criterion graded in both periods, so unchanged",
                    now.judgement("CAP").reasons().get(1));
        }

        @Test
        void itNeverMovesBeyondOutstandingOrInadequate() {
            TestCatalogue leadAndPmqa = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS")
                    .criterion("SUP-01", "PMQA", "LEADERS");
            Grading good = leadAndPmqa.graded("WF-01", 2).graded("SUP-01", 2).slac();
            TestCatalogue outstanding = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS")
                    .graded("WF-01", 1).graded("SUP-01", 1);
            Grading improved = outstanding.grade("slac-2009", "full", good);
            assertEquals(1, improved.grade("CAP"));
            assertTrue(improved.judgement("CAP").reasons().get(1).endsWith("→ already Outstanding"),
                    improved.judgement("CAP").reasons()::toString);
            Grading declined = new TestCatalogue().criterion("WF-01", "LEAD", "LEADERS").criterion("SUP-01", "PMQA", "LEADERS")
                    .graded("WF-01", 4).graded("SUP-01", 4).grade("slac-2009", "full", good);
            assertEquals(4, declined.grade("CAP"));
            assertTrue(declined.judgement("CAP").reasons().get(1).endsWith("→ already Inadequate"),
                    declined.judgement("CAP").reasons()::toString);
        }

        @Test
        void itLooksOnlyAtTheCriteriaOfItsOwnSection() {
            // LAC-01 declined; counted, it would make n = 3 and down − up = 1 ≥ 3/4. The safeguarding capacity ignores it.
            AreaJudgement cap = capacity(Map.of("LAC-01", 1), Map.of("LAC-01", 4));
            assertEquals(2, cap.grade());
            assertTrue(cap.reasons().get(1).contains("of 2 criteria graded in both periods, 0 improved, 0 declined and 2 held"),
                    cap.reasons().get(1));
        }
    }
}
