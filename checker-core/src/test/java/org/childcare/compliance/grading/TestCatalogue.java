package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.engine.RuleProblem;

/**
 * Hand-built catalogues and measurements: the grading model needs no rules, so its tests state
 * exactly the grades they are about. Default bands are 95 / 85 / 70, so {@link #measureFor} gives
 * 96 for Outstanding, 90 Good, 75 Adequate and 50 Inadequate.
 */
final class TestCatalogue {
    private final StringBuilder yaml = new StringBuilder("criteria:\n");
    private final Map<String, Measurement> measurements = new LinkedHashMap<>();

    /**
     * Adds a criterion.
     *
     * @param slac its slac-2009 areas, comma separated ("SAFE, QOP"), or "" for none
     * @param ilacs its ilacs-2023 areas
     * @param extra catalogue keys that replace the defaults: "weight: 2", "limiting: true",
     *     "bands: '≤ 15 / 20 / 25'", "timescale: 6m", "needs: [a, b]"
     */
    TestCatalogue criterion(String id, String slac, String ilacs, String... extra) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("title", "Title of " + id);
        keys.put("areas", "{ slac-2009: [" + slac + "], ilacs-2023: [" + ilacs + "] }");
        keys.put("bands", "default");
        keys.put("timescale", "3m");
        keys.put("action", "improve " + id);
        for (String e : extra) {
            int colon = e.indexOf(':');
            keys.put(e.substring(0, colon).trim(), e.substring(colon + 1).trim());
        }
        yaml.append("  - id: ").append(id).append('\n');
        keys.forEach((k, v) -> yaml.append("    ").append(k).append(": ").append(v).append('\n'));
        return this;
    }

    /** Measures {@code id} so that default bands give {@code grade}, over 50 cases. */
    TestCatalogue graded(String id, int grade) {
        return measured(id, measureFor(grade), 50);
    }

    TestCatalogue measured(String id, double measure, long population) {
        measurements.put(id, new Measurement(id, population, 0, 0, measure, "cases", null, Map.of(), List.of(), 0, 0, null));
        return this;
    }

    TestCatalogue indicator(String id, double measure) {
        measurements.put(id, new Measurement(id, 0, 0, 0, measure, "indicator", measure, Map.of(), List.of(), 0, 0, null));
        return this;
    }

    /** Measures {@code id} at {@code grade} with {@code critical} critical findings. */
    TestCatalogue critical(String id, int grade, int critical) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < critical; i++) {
            findings.add(new Finding("C" + i, "P" + i, "children.yaml", 10 + i, "a critical finding", true));
        }
        measurements.put(id, new Measurement(id, 50, 0, 0, measureFor(grade), "cases", null, Map.of(), findings,
                critical, critical, null));
        return this;
    }

    Catalogue catalogue() {
        Catalogue c = Catalogue.empty();
        List<RuleProblem> problems = new ArrayList<>();
        c.read("test.yaml", "test", yaml.toString(), problems);
        assertEquals(List.of(), problems, yaml::toString);
        return c;
    }

    Map<String, Measurement> measurements() {
        return measurements;
    }

    Grading grade(String framework, String profile) {
        return Grader.of(framework, profile).grade(catalogue(), measurements);
    }

    Grading grade(String framework, String profile, Grading previous) {
        return Grader.of(framework, profile).grade(catalogue(), measurements, previous);
    }

    Grading slac() {
        return grade(Framework.SLAC_2009, Profile.FULL);
    }

    Grading ilacs() {
        return grade(Framework.ILACS_2023, Profile.FULL);
    }

    static double measureFor(int grade) {
        return switch (grade) {
            case 1 -> 96;
            case 2 -> 90;
            case 3 -> 75;
            case 4 -> 50;
            default -> throw new IllegalArgumentException("grade " + grade);
        };
    }
}
