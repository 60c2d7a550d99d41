package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.childcare.compliance.engine.PartFigure;
import org.childcare.compliance.report.CriterionResult;
import org.junit.jupiter.api.Test;

class ReportTextTest {
    @Test
    void aNeededFieldReadsAsWhatToAddAndWhere() {
        assertEquals("add `visits` to the child protection plans (children[].protectionPlans[].visits)",
                ReportText.needInWords("children[].protectionPlans[].visits"));
        assertEquals("add `supervision` to the workers (workforce.workers[].supervision)",
                ReportText.needInWords("workforce.workers[].supervision"));
        assertEquals("add `indicators` (indicators)", ReportText.needInWords("indicators"));
        assertEquals("or indicators: EQD-01", ReportText.needInWords("or indicators: EQD-01"), "prose is left as it is");
    }

    @Test
    void aLowestPartCriterionShowsItsLowestPartsOwnCounts() {
        CriterionResult cp02 = ReportFixtures.northfield().criteria().stream().filter(c -> c.id().equals("CP-02"))
                .findFirst().orElseThrow();
        assertEquals("gp: 70 of 120", ReportText.fraction(cp02));
        assertEquals(new PartFigure(120, 70), ReportText.lowestPart(cp02));
    }

    @Test
    void aRateShowsMetOfPopulation() {
        CriterionResult cp03 = ReportFixtures.northfield().criteria().stream().filter(c -> c.id().equals("CP-03"))
                .findFirst().orElseThrow();
        assertEquals("171 of 212", ReportText.fraction(cp03));
        assertEquals(Map.of("history known from 2011-06-01", 3L, "no visits recorded", 9L), cp03.missing().reasons());
    }
}
