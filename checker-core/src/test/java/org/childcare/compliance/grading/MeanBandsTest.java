package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.childcare.compliance.report.AreaJudgement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * grading.md "Area grade" 3: a mean becomes a grade by bands, Outstanding when m &lt; 2, Good when
 * 2 ≤ m &lt; 2.5, Adequate when 2.5 ≤ m ≤ 3, Inadequate when m &gt; 3, for areas and for every derived
 * judgement.
 */
class MeanBandsTest {

    @Nested
    class TheBands {
        @Test
        void eachLimitBelongsToTheBandTheContractPutsItIn() {
            assertEquals(1, MeanBands.grade(1.99), "below 2");
            assertEquals(2, MeanBands.grade(2.0), "2 ≤ m");
            assertEquals(2, MeanBands.grade(2.49), "m < 2.5");
            assertEquals(3, MeanBands.grade(2.5), "2.5 ≤ m");
            assertEquals(3, MeanBands.grade(3.0), "m ≤ 3");
            assertEquals(4, MeanBands.grade(3.01), "above 3");
        }

        @Test
        void theEndsOfTheScaleAreOutstandingAndInadequate() {
            assertEquals(1, MeanBands.grade(1.0));
            assertEquals(1, MeanBands.grade(1.5), "plain rounding would have made this Good");
            assertEquals(4, MeanBands.grade(3.4), "plain rounding would have made this Adequate");
            assertEquals(4, MeanBands.grade(4.0));
        }

        @Test
        void aMeanOfNothingHasNoGrade() {
            assertThrows(IllegalArgumentException.class, () -> MeanBands.grade(Double.NaN));
        }

        @Test
        void theRangesArePrintedFromTheLimits() {
            assertEquals("below 2", MeanBands.range(1));
            assertEquals("2 to below 2.5", MeanBands.range(2));
            assertEquals("2.5 to 3", MeanBands.range(3));
            assertEquals("above 3", MeanBands.range(4));
            assertEquals("Requires improvement to be good (2.5 to 3)", MeanBands.describe(Framework.of("ilacs-2023"), 3));
        }

        @Test
        void aMeanNearALimitIsNeverPrintedAsTheLimit() {
            assertEquals("2.00", MeanBands.format(2.0));
            assertEquals("1.996", MeanBands.format(1.996), "1.996 is Outstanding: \"2.00\" would read as Good");
            assertEquals("2.49", MeanBands.format(2.49));
            assertEquals("2.50", MeanBands.format(2.5));
            assertEquals("2.499", MeanBands.format(2.499));
            assertEquals("2.49999", MeanBands.format(2.49999));
            assertEquals("3.00", MeanBands.format(3.0));
            assertEquals("3.004", MeanBands.format(3.004), "3.004 is Inadequate: \"3.00\" would read as Adequate");
            assertEquals("1.50", MeanBands.format(1.5), "1.5 is no limit any more");
        }
    }

    /** The same limits through the grader, with weights chosen to give each mean exactly. */
    @Nested
    class AreaGrades {
        private AreaJudgement qop(double weightOfFirst, int first, double weightOfSecond, int second) {
            return new TestCatalogue()
                    .criterion("A-01", "QOP", "HELP", "weight: " + weightOfFirst)
                    .criterion("A-02", "QOP", "HELP", "weight: " + weightOfSecond)
                    .graded("A-01", first).graded("A-02", second).slac().judgement("QOP");
        }

        @Test
        void justBelowTwoIsOutstanding() {
            AreaJudgement qop = qop(1, 1, 99, 2); // (1 + 198) / 100 = 1.99
            assertEquals(1, qop.grade());
            assertEquals(List.of("weighted mean 1.99 over 2 of 2 criteria: Outstanding (below 2)"), qop.reasons());
        }

        @Test
        void twoIsGood() {
            AreaJudgement qop = qop(1, 1, 1, 3);
            assertEquals(2, qop.grade());
            assertEquals(List.of("weighted mean 2.00 over 2 of 2 criteria: Good (2 to below 2.5)"), qop.reasons());
        }

        @Test
        void justBelowTwoAndAHalfIsGood() {
            AreaJudgement qop = qop(51, 2, 49, 3); // (102 + 147) / 100 = 2.49
            assertEquals(2, qop.grade());
            assertEquals(List.of("weighted mean 2.49 over 2 of 2 criteria: Good (2 to below 2.5)"), qop.reasons());
        }

        @Test
        void twoAndAHalfIsAdequate() {
            AreaJudgement qop = qop(1, 2, 1, 3);
            assertEquals(3, qop.grade());
            assertEquals(List.of("weighted mean 2.50 over 2 of 2 criteria: Adequate (2.5 to 3)"), qop.reasons());
        }

        @Test
        void threeIsAdequate() {
            AreaJudgement qop = qop(1, 2, 1, 4);
            assertEquals(3, qop.grade());
            assertEquals(List.of("weighted mean 3.00 over 2 of 2 criteria: Adequate (2.5 to 3)"), qop.reasons());
        }

        @Test
        void justAboveThreeIsInadequate() {
            AreaJudgement qop = qop(99, 3, 1, 4); // (297 + 4) / 100 = 3.01
            assertEquals(4, qop.grade());
            assertEquals(List.of("weighted mean 3.01 over 2 of 2 criteria: Inadequate (above 3)"), qop.reasons());
        }

        @Test
        void aMeanOnALimitThatFloatingPointMovesOffItStaysInTheContractsBand() {
            // (0.1·2 + 0.1·4) / 0.2 is 3 on paper and 3.0000000000000004 in double arithmetic: Adequate, not Inadequate
            AreaJudgement three = qop(0.1, 2, 0.1, 4);
            assertEquals(3, three.grade());
            assertEquals("weighted mean 3.00 over 2 of 2 criteria: Adequate (2.5 to 3)", three.reasons().get(0));
            // (2.3·3 + 1.7·2 + 0.2·1) / 4.2 is 2.5 on paper and 2.4999999999999996: Adequate, not Good
            AreaJudgement halfway = new TestCatalogue()
                    .criterion("A-01", "QOP", "HELP", "weight: 2.3").criterion("A-02", "QOP", "HELP", "weight: 1.7")
                    .criterion("A-03", "QOP", "HELP", "weight: 0.2")
                    .graded("A-01", 3).graded("A-02", 2).graded("A-03", 1).slac().judgement("QOP");
            assertEquals(3, halfway.grade());
            // (0.1·1 + 0.1·4 + 0.1·1) / 0.3 is 2 on paper and 1.9999999999999996: Good, not Outstanding
            AreaJudgement two = new TestCatalogue()
                    .criterion("A-01", "QOP", "HELP", "weight: 0.1").criterion("A-02", "QOP", "HELP", "weight: 0.1")
                    .criterion("A-03", "QOP", "HELP", "weight: 0.1")
                    .graded("A-01", 1).graded("A-02", 4).graded("A-03", 1).slac().judgement("QOP");
            assertEquals(2, two.grade());
        }
    }

    /** Overall effectiveness goes through the same bands as the areas (grading.md "Derived judgements"). */
    @Nested
    class DerivedGrades {
        @Test
        void slacOverallBelowTwoIsOutstanding() {
            // (1 + 1 + 1 + 2 + 3) / 5 = 1.6: Outstanding; plain rounding gave Good. SAFE is Outstanding, so no cap.
            Grading g = new TestCatalogue().criterion("A-01", "SAFE", "HELP").criterion("A-02", "QOP", "HELP")
                    .criterion("A-03", "QOP", "HELP").criterion("A-04", "PART", "HELP").criterion("A-05", "AMB", "HELP")
                    .graded("A-01", 1).graded("A-02", 1).graded("A-03", 1).graded("A-04", 2).graded("A-05", 3).slac();
            assertEquals(1, g.grade("SAFE"));
            AreaJudgement overall = g.judgement("OVERALL");
            assertEquals(1, overall.grade());
            assertEquals(List.of("weighted mean 1.60 over 5 of 5 criteria of SAFE, QOP, AMB, PART: Outstanding (below 2)"),
                    overall.reasons());
        }

        @Test
        void ilacsOverallAboveThreeIsInadequate() {
            // (3 + 3 + 4) / 3 = 3.33: Inadequate; plain rounding gave Requires improvement. No critical finding, no limiting criterion.
            Grading g = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "CARE")
                    .criterion("A-03", "QOP", "LEADERS").graded("A-01", 3).graded("A-02", 3).graded("A-03", 4).ilacs();
            AreaJudgement overall = g.judgement("OVERALL");
            assertEquals(4, overall.grade());
            assertEquals(List.of("weighted mean 3.33 over 3 of 3 criteria of HELP, CARE, LEADERS: Inadequate (above 3)"),
                    overall.reasons());
        }

        @Test
        void ilacsOverallOfExactlyThreeIsRequiresImprovement() {
            Grading g = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "CARE")
                    .graded("A-01", 2).graded("A-02", 4).ilacs();
            assertEquals(3, g.grade("OVERALL"));
            assertEquals("weighted mean 3.00 over 2 of 2 criteria of HELP, CARE: Requires improvement to be good (2.5 to 3)",
                    g.judgement("OVERALL").reasons().get(0));
        }
    }
}
