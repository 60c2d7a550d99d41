package org.childcare.compliance.facts;

import static org.childcare.compliance.facts.YamlRecords.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.childcare.compliance.engine.GroupFigure;
import org.childcare.compliance.model.Assessment;
import org.junit.jupiter.api.Test;

class EqualityFactsTest {
    private static final GroupFigure FEMALE = new GroupFigure("ASM-01", "gender", "female", 10, 9);
    private static final GroupFigure MALE = new GroupFigure("ASM-01", "gender", "male", 10, 6);
    private static final GroupFigure UNKNOWN = new GroupFigure("ASM-01", "gender", "not recorded", 5, 5);

    @Test
    void theWholePopulationIsEveryGroupOfTheDimensionNotRecordedIncluded() {
        List<GroupFigure> gender = List.of(FEMALE, MALE, UNKNOWN);
        assertEquals(25, EqualityFacts.children(gender));
        assertEquals(20, EqualityFacts.childrenMet(gender));
        assertEquals(80.0, EqualityFacts.overallRate(gender));
        assertEquals(0.0, EqualityFacts.overallRate(List.of()), "no children: no division by zero");
    }

    @Test
    void theGapIsEitherWayAtOneDecimal() {
        List<GroupFigure> gender = List.of(FEMALE, MALE, UNKNOWN);
        assertEquals(10.0, EqualityFacts.gap(FEMALE, gender));
        assertEquals(20.0, EqualityFacts.gap(MALE, gender));
        // 8 of 12 is 66.67%, 23 of 30 is 76.67%: 10.0 points, not 10.000000000000014
        List<GroupFigure> third = List.of(new GroupFigure("CP-03", "gender", "male", 12, 8),
                new GroupFigure("CP-03", "gender", "female", 18, 15));
        assertEquals(10.0, EqualityFacts.gap(third.get(0), third));
    }

    @Test
    void theFindingGivesBothRatesInChildren() {
        assertEquals("ASM-01 60% for gender male (6 of 10) against 80% overall (gap 20 points, limit 10)",
                EqualityFacts.gapText(MALE, List.of(FEMALE, MALE, UNKNOWN), 10));
        assertEquals("gender male", EqualityFacts.groupName(MALE));
    }

    @Test
    void equalityConsideredWording() {
        Assessment a = read("{ id: A, start: 2010-06-01, quality: { equalityAndDiversity: false } }", Assessment.class);
        assertEquals("assessment started on 2010-06-01: the audit found equality and diversity not considered",
                EqualityFacts.equalityConsidered(a, false));
        assertEquals("assessment started on 2010-06-01: equality and diversity considered", EqualityFacts.equalityConsidered(a, true));
    }
}
