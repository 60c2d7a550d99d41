package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childcare.compliance.scenario.ScenarioResult;
import org.childcare.compliance.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's rules-change.yaml: an auditor's DRL edit that must still apply to the bundled file. */
class AuditorChangeTest {
    private static final Path SCENARIO = Fixtures.ROOT.resolve("CP-03/auditor-critical-on-ended-plans");

    @TempDir
    Path tmp;

    @Test
    void anEditThatNoLongerAppliesFailsTheScenarioSayingSo() throws Exception {
        Path scenario = copyWithChange("file: child-protection.drl\nreplace:\n  - { from: 'no such text', to: 'x' }\n");
        ScenarioResult r = Fixtures.runner().run(scenario, "stale change");
        assertFalse(r.passed());
        assertTrue(r.failures().get(0).contains("'no such text' is not in child-protection.drl any more"), r.failures()::toString);
    }

    @Test
    void aChangeMustNameABundledOrOwnRuleFile() throws Exception {
        Path scenario = copyWithChange("file: nowhere.drl\nreplace:\n  - { from: a, to: b }\n");
        ScenarioResult r = Fixtures.runner().run(scenario, "unknown file");
        assertFalse(r.passed());
        assertTrue(r.failures().get(0).contains("no rule file 'nowhere.drl'"), r.failures()::toString);
    }

    @Test
    void theBundledRulesAreLeftAsTheyWere() throws Exception {
        assertTrue(Fixtures.runner().run(SCENARIO, "auditor").passed());
        // the same data with the bundled rules: a breach, not critical (fixtures/CP-03/bundled-ended-plan-not-critical)
        assertTrue(Fixtures.runner().run(Fixtures.ROOT.resolve("CP-03/bundled-ended-plan-not-critical"), "bundled").passed());
    }

    private Path copyWithChange(String change) throws Exception {
        Path scenario = tmp.resolve("s");
        Files.createDirectories(scenario);
        Files.copy(SCENARIO.resolve("self-assessment.yaml"), scenario.resolve("self-assessment.yaml"));
        Files.copy(SCENARIO.resolve("expected.yaml"), scenario.resolve("expected.yaml"));
        Files.writeString(scenario.resolve(ScenarioRunner.RULES_CHANGE), change);
        return scenario;
    }
}
