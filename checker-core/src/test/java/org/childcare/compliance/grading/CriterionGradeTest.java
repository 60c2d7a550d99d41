package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** grading.md "Criterion grade": bands, small numbers, insufficient evidence, trend. */
class CriterionGradeTest {

    @ParameterizedTest(name = "{0} against 90 / 75 / 60 → {1}")
    @CsvSource({"100, 1", "90, 1", "89.9, 2", "75, 2", "74.9, 3", "60, 3", "59.9, 4", "0, 4"})
    void higherIsBetterBandsGiveTheLowestMeasureForEachGrade(double measure, int grade) {
        Grading g = new TestCatalogue().criterion("CP-01", "QOP", "HELP", "bands: '90 / 75 / 60'")
                .measured("CP-01", measure, 50).slac();
        assertEquals(grade, g.criterion("CP-01").grade());
    }

    @ParameterizedTest(name = "{0} against ≤ 15 / 20 / 25 → {1}")
    @CsvSource({"0, 1", "15, 1", "15.1, 2", "20, 2", "20.1, 3", "25, 3", "25.1, 4", "100, 4"})
    void lowerIsBetterBandsGiveTheHighestMeasureForEachGrade(double measure, int grade) {
        Grading g = new TestCatalogue().criterion("REF-02", "QOP", "HELP", "bands: '≤ 15 / 20 / 25'")
                .measured("REF-02", measure, 50).slac();
        assertEquals(grade, g.criterion("REF-02").grade());
    }

    @Test
    void evidenceMetIsGoodNeverOutstandingAndNotMetIsInadequate() {
        TestCatalogue met = new TestCatalogue().criterion("AMB-01", "AMB", "LEADERS", "bands: evidence", "aggregation: evidence")
                .measured("AMB-01", 100, 1);
        assertEquals(2, met.slac().criterion("AMB-01").grade());
        TestCatalogue notMet = new TestCatalogue().criterion("AMB-01", "AMB", "LEADERS", "bands: evidence", "aggregation: evidence")
                .measured("AMB-01", 0, 1);
        assertEquals(4, notMet.slac().criterion("AMB-01").grade());
    }

    @Test
    void defaultBandsAre95And85And70() {
        TestCatalogue t = new TestCatalogue().criterion("REF-01", "QOP", "HELP");
        assertEquals(1, t.measured("REF-01", 95, 50).slac().criterion("REF-01").grade());
        assertEquals(2, t.measured("REF-01", 85, 50).slac().criterion("REF-01").grade());
        assertEquals(3, t.measured("REF-01", 70, 50).slac().criterion("REF-01").grade());
        assertEquals(4, t.measured("REF-01", 69.9, 50).slac().criterion("REF-01").grade());
    }

    @Test
    void aPopulationUnderTenIsGradedButMarkedSmallNumbers() {
        TestCatalogue t = new TestCatalogue().criterion("CP-01", "QOP", "HELP");
        CriterionGrade nine = t.measured("CP-01", 100, 9).slac().criterion("CP-01");
        assertEquals(1, nine.grade());
        assertTrue(nine.smallNumbers());
        assertFalse(t.measured("CP-01", 100, 10).slac().criterion("CP-01").smallNumbers());
    }

    @Test
    void smallNumbersIsAboutCaseSamplesNotIndicatorsOrAttestations() {
        TestCatalogue t = new TestCatalogue().criterion("CP-01", "QOP", "HELP")
                .criterion("AMB-01", "AMB", "LEADERS", "bands: evidence", "aggregation: evidence")
                .indicator("CP-01", 80).measured("AMB-01", 100, 1);
        Grading g = t.slac();
        assertEquals("indicator", g.criterion("CP-01").measurement().source());
        assertEquals(3, g.criterion("CP-01").grade());
        assertFalse(g.criterion("CP-01").smallNumbers());
        assertFalse(g.criterion("AMB-01").smallNumbers());
    }

    @Test
    void nothingMeasuredIsInsufficientEvidenceWithTheDataThatWouldBeNeeded() {
        Grading g = new TestCatalogue()
                .criterion("CP-01", "QOP", "HELP", "needs: ['children[].protectionPlans[].icpc.date', 'children[].protectionPlans[].icpc.strategyDiscussion']")
                .slac();
        CriterionGrade c = g.criterion("CP-01");
        assertNull(c.grade());
        assertNull(c.word());
        assertEquals("insufficient-evidence", c.status());
        assertEquals(List.of("children[].protectionPlans[].icpc.date", "children[].protectionPlans[].icpc.strategyDiscussion"),
                c.missing());
    }

    @Test
    void gradedCriteriaListNothingMissing() {
        CriterionGrade c = new TestCatalogue().criterion("CP-01", "QOP", "HELP", "needs: [x]").graded("CP-01", 2).slac()
                .criterion("CP-01");
        assertEquals("graded", c.status());
        assertEquals(List.of(), c.missing());
    }

    @Test
    void trendComparesWithThePreviousGrade() {
        TestCatalogue before = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP")
                .criterion("A-03", "QOP", "HELP").criterion("A-04", "QOP", "HELP")
                .graded("A-01", 3).graded("A-02", 2).graded("A-03", 2);
        TestCatalogue now = new TestCatalogue().criterion("A-01", "QOP", "HELP").criterion("A-02", "QOP", "HELP")
                .criterion("A-03", "QOP", "HELP").criterion("A-04", "QOP", "HELP")
                .graded("A-01", 2).graded("A-02", 2).graded("A-03", 4).graded("A-04", 1);
        Grading g = now.grade("slac-2009", "full", before.slac());
        assertEquals("improved", g.criterion("A-01").trend());
        assertEquals("held", g.criterion("A-02").trend());
        assertEquals("declined", g.criterion("A-03").trend());
        assertEquals(2, g.criterion("A-03").previousGrade());
        assertNull(g.criterion("A-04").trend(), "not graded before: no trend");
        assertNull(now.slac().criterion("A-01").trend(), "no previous: no trend");
    }

    @Test
    void gradeWordsFollowTheFramework() {
        TestCatalogue t = new TestCatalogue().criterion("CP-01", "QOP", "HELP");
        for (int grade = 1; grade <= 4; grade++) {
            t.graded("CP-01", grade);
            assertEquals(List.of("Outstanding", "Good", "Adequate", "Inadequate").get(grade - 1),
                    t.slac().criterion("CP-01").word());
            assertEquals(List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate").get(grade - 1),
                    t.ilacs().criterion("CP-01").word());
        }
    }
}
