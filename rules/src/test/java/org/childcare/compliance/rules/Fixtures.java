package org.childcare.compliance.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.childcare.compliance.check.Evaluated;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.scenario.ScenarioRunner;

/** Where the criteria fixtures live: {@code fixtures/<criterion ID>/<case>/}. */
final class Fixtures {
    static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Fixtures() {}

    /** @return criterion ID → its fixture case folders */
    static Map<String, List<Path>> byCriterion() throws IOException {
        Map<String, List<Path>> result = new TreeMap<>();
        try (Stream<Path> ids = Files.list(ROOT)) {
            for (Path id : ids.sorted().toList()) {
                try (Stream<Path> cases = Files.list(id)) {
                    result.put(id.getFileName().toString(), cases.filter(Files::isDirectory).sorted().toList());
                }
            }
        }
        return result;
    }

    /** Criterion grades straight from the bands, as grading.md's "Criterion grade" says. */
    static Map<String, Integer> gradesFromBands(Evaluated evaluated) {
        Map<String, Integer> grades = new TreeMap<>();
        for (Measurement m : evaluated.measurements().values()) {
            if (m.measured()) {
                grades.put(m.criterion(), evaluated.catalogue().get(m.criterion()).bands().grade(m.measure()));
            }
        }
        return grades;
    }

    static ScenarioRunner runner() {
        return new ScenarioRunner(null, Fixtures::gradesFromBands);
    }
}
