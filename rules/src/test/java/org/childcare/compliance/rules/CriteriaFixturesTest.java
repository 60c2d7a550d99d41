package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.scenario.ScenarioResult;
import org.childcare.compliance.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every criterion's fixtures, one test each, named "CP-03 compliant", "CP-03 breaching", "CP-03
 * boundary-exactly-10-working-days": the expected measure, grade and findings of each.
 */
class CriteriaFixturesTest {
    private static final ScenarioRunner RUNNER = Fixtures.runner();

    @TestFactory
    List<DynamicTest> fixtures() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : Fixtures.byCriterion().entrySet()) {
            for (Path folder : e.getValue()) {
                String name = e.getKey() + " " + folder.getFileName();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    ScenarioResult result = RUNNER.run(folder, name);
                    assertTrue(result.passed(), () -> name + ":\n  " + String.join("\n  ", result.failures()));
                }));
            }
        }
        return tests;
    }
}
