package org.childcare.compliance.checks;

import static org.childcare.compliance.checks.WorkforceChecksTest.context;
import static org.childcare.compliance.checks.WorkforceChecksTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Figure;
import org.childcare.compliance.engine.GroupFigure;
import org.childcare.compliance.model.Assessment;
import org.junit.jupiter.api.Test;

class EqualityChecksTest {
    static final String CATALOGUE = """
            criteria:
              - { id: EQD-02, title: t, bands: "100 / 90 / 75", timescale: 6m, action: a, level: summary,
                  parameters: { minGroup: 10, maxGapPoints: 10 } }
            """;

    private final Context ctx = context("2010-04-01", "2011-03-31", "2011-03-31", CATALOGUE);

    @Test
    void onlyRecordedGroupsOfEnoughChildrenInTheThreeCriteriaAreJudged() {
        assertTrue(EqualityChecks.groupJudged(new GroupFigure("ASM-01", "gender", "female", 10, 9), ctx));
        assertFalse(EqualityChecks.groupJudged(new GroupFigure("ASM-01", "gender", "female", 9, 9), ctx));
        assertFalse(EqualityChecks.groupJudged(new GroupFigure("ASM-01", "ethnicity", "not recorded", 40, 9), ctx));
        assertFalse(EqualityChecks.groupJudged(new GroupFigure("CP-01", "gender", "male", 40, 9), ctx));
        assertTrue(EqualityChecks.groupJudged(new GroupFigure("CP-03", "disability", "disabled", 12, 9), ctx));
        assertTrue(EqualityChecks.groupJudged(new GroupFigure("LAC-01", "ethnicity", "WBRI", 12, 9), ctx));
    }

    @Test
    void aGapOfExactlyMaxGapPointsIsWithin() {
        Figure overall = new Figure("ASM-01", 80.0, 20, null);
        assertTrue(EqualityChecks.groupGap(new GroupFigure("ASM-01", "gender", "female", 10, 9), overall, ctx).met());
        assertTrue(EqualityChecks.groupGap(new GroupFigure("ASM-01", "gender", "male", 10, 7), overall, ctx).met());
        EqualityChecks.Result far = EqualityChecks.groupGap(new GroupFigure("ASM-01", "gender", "male", 10, 6), overall, ctx);
        assertFalse(far.met());
        assertEquals("ASM-01 60% for gender male (6 of 10) against 80% overall (gap 20 points, limit 10)", far.message());
    }

    @Test
    void theGapIsComparedAtTheOverallFiguresPrecision() {
        // 2 of 3 is 66.67%; overall 76.7 (one decimal): gap 10.03 reads as 10.0
        Figure overall = new Figure("CP-03", 76.7, 30, null);
        assertTrue(EqualityChecks.groupGap(new GroupFigure("CP-03", "gender", "male", 12, 8), overall, ctx).met());
    }

    @Test
    void equalityConsideredReadsTheAudit() {
        Assessment a = read("{ id: A, start: 2010-06-01, quality: { equalityAndDiversity: false } }", Assessment.class);
        EqualityChecks.Result r = EqualityChecks.equalityConsidered(a);
        assertFalse(r.met());
        assertEquals("assessment started on 2010-06-01: the audit found equality and diversity not considered", r.message());
    }
}
