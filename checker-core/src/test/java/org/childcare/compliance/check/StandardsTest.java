package org.childcare.compliance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.RuleProblem;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.model.SelfAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local standards: valid keys override the catalogue; a bad key is an input error at its own place. */
class StandardsTest {
    @TempDir
    Path dir;

    private static Catalogue catalogue() {
        List<RuleProblem> problems = new ArrayList<>();
        Catalogue catalogue = Catalogue.empty();
        catalogue.read("cp.yaml", "child-protection", """
                criteria:
                  - id: CP-03
                    title: Visits to children on plans
                    areas: { slac-2009: [SAFE], ilacs-2023: [HELP] }
                    parameters: { maxIntervalWorkingDays: 10 }
                    bands: "90 / 75 / 60"
                    timescale: immediately
                    action: visit children on plans in time
                """, problems);
        assertEquals(List.of(), problems);
        return catalogue;
    }

    @Test
    void aMisspeltKeyIsReportedWhereItIsWrittenWithASuggestion() throws Exception {
        Files.writeString(dir.resolve("authority.yaml"), """
                schemaVersion: 1
                authority: { name: Test }
                period: { start: 2011-04-01, end: 2012-03-31 }
                standards:
                  CP-03.maxIntervalWorkingDays: 8
                """);
        Files.writeString(dir.resolve("local.yaml"), """
                schemaVersion: 1
                standards:
                  CP-03.maxIntervalWorkingDay: 12
                """);
        SelfAssessment header = SelfAssessmentLoader.loadAll(dir, LoadOptions.strict()).result().assessment();
        Map<String, Double> overrides = new TreeMap<>();
        List<InputProblem> problems = new ArrayList<>();

        Catalogue applied = Standards.apply(catalogue(), header, overrides, problems);

        assertEquals(Map.of("CP-03.maxIntervalWorkingDays", 8.0), overrides);
        assertEquals(8.0, applied.get("CP-03").parameters().get("maxIntervalWorkingDays"));
        assertEquals(1, problems.size(), problems::toString);
        InputProblem p = problems.get(0);
        assertEquals("local.yaml", p.file());
        assertEquals(3, p.line());
        assertEquals(3, p.column());
        assertEquals("standards.CP-03.maxIntervalWorkingDay", p.path());
        assertTrue(p.message().contains("maxIntervalWorkingDays"), p.message());
    }

    /** compliance:rules and error messages list parameters in this order: it must not change from run to run. */
    @Test
    void parametersKeepTheCataloguesOrderBeforeAndAfterAnOverride() {
        List<RuleProblem> problems = new ArrayList<>();
        Catalogue catalogue = Catalogue.empty();
        catalogue.read("many.yaml", "many", """
                criteria:
                  - id: XX-01
                    title: Six parameters
                    areas: { slac-2009: [SAFE], ilacs-2023: [HELP] }
                    parameters: { f: 6, e: 5, d: 4, c: 3, b: 2, a: 1 }
                    bands: "90 / 75 / 60"
                    timescale: 3m
                    action: keep the order
                """, problems);
        assertEquals(List.of(), problems);
        List<String> written = List.of("f", "e", "d", "c", "b", "a");
        assertEquals(written, List.copyOf(catalogue.get("XX-01").parameters().keySet()));
        assertEquals(written, List.copyOf(catalogue.get("XX-01").defaults().keySet()));
        Catalogue local = catalogue.withOverrides(Map.of("XX-01.c", 30.0));
        assertEquals(written, List.copyOf(local.get("XX-01").parameters().keySet()));
        assertEquals(30.0, local.get("XX-01").parameters().get("c"));
    }
}
