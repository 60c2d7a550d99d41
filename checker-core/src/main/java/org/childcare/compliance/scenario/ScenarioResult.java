package org.childcare.compliance.scenario;

import java.util.List;

/** One scenario's verdict: passed, or the differences between what was expected and what the rules found. */
public record ScenarioResult(String name, boolean passed, List<String> failures) {
    static ScenarioResult of(String name, List<String> failures) {
        return new ScenarioResult(name, failures.isEmpty(), List.copyOf(failures));
    }
}
