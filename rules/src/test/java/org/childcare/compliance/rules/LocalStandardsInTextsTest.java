package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An authority that sets its own limit under {@code standards:} reads that limit in the measure and
 * in the area for improvement, not the catalogue's default.
 */
class LocalStandardsInTextsTest {
    @TempDir
    Path tmp;

    @Test
    void areasForImprovementQuoteTheLimitInForce() throws Exception {
        Path file = tmp.resolve("sa.yaml");
        Files.writeString(file, """
                schemaVersion: 1
                authority: { name: Testshire }
                period: { start: 2011-04-01, end: 2012-03-31 }
                asAt: 2011-09-30
                standards:
                  CP-03.maxIntervalWorkingDays: 8
                children:
                  - id: C1
                    protectionPlans:
                      - id: P1
                        start: 2011-05-02
                        visits: [{ date: 2011-05-06, seen: true }, { date: 2011-06-20, seen: true }]
                """);
        Report r = new Checker().check(CheckRequest.of(file), GateOptions.defaults().withFailOnGrade(null)).report();
        CriterionResult cp03 = r.criteria().stream().filter(c -> c.id().equals("CP-03")).findFirst().orElseThrow();
        assertTrue(cp03.measureText().contains("a gap over 8 working days"), cp03.measureText());
        AreaForImprovement afi = r.areasForImprovement().stream().filter(a -> a.criterion().equals("CP-03")).findFirst()
                .orElseThrow();
        assertEquals("ensure that all children subject to a child protection plan are visited at least every 8 working days"
                + " and seen on every visit", afi.action());
    }
}
