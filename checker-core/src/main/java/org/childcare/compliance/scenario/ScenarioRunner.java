package org.childcare.compliance.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.Evaluated;
import org.childcare.compliance.check.Evaluator;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.engine.RuleException;

/**
 * Runs rule scenarios, as {@code conftest verify} runs policy tests: each scenario is a folder
 * holding a small self-assessment ({@code self-assessment.yaml} or a {@code self-assessment/}
 * folder) and {@code expected.yaml}, the findings it must produce:
 *
 * <pre>
 * criteria:
 *   CP-03:
 *     status: graded          # or insufficient-evidence
 *     population: 2
 *     met: 1
 *     measure: 50.0
 *     grade: 4
 *     findings:               # the exact list, critical first then by file and line
 *       - { subject: C2, record: P2, critical: true,
 *           message: "open tail of 24 working days from the last visit (2011-04-12) to asAt (limit 10)" }
 * </pre>
 *
 * Only the keys written are compared, so a scenario states just what it is about.
 */
public final class ScenarioRunner {
    /** The file that marks a folder as a scenario. */
    public static final String EXPECTED = "expected.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path rulesDirectory;
    private final Function<Evaluated, Map<String, Integer>> criterionGrades;

    /**
     * @param rulesDirectory auditor's rules, or null for the bundled set
     * @param criterionGrades how graded criteria get their grade (the grading model)
     */
    public ScenarioRunner(Path rulesDirectory, Function<Evaluated, Map<String, Integer>> criterionGrades) {
        this.rulesDirectory = rulesDirectory;
        this.criterionGrades = criterionGrades;
    }

    /** Every folder under {@code root} (itself included) that holds an {@code expected.yaml}, sorted. */
    public static List<Path> find(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(EXPECTED)).map(Path::getParent).sorted().toList();
        }
    }

    /** Runs one scenario; never throws for a broken scenario, which fails with the reason. */
    public ScenarioResult run(Path scenario, String name) {
        List<String> failures = new ArrayList<>();
        JsonNode expected;
        try {
            expected = YAML.readTree(scenario.resolve(EXPECTED).toFile());
        } catch (IOException e) {
            return ScenarioResult.of(name, List.of("cannot read " + EXPECTED + ": " + e.getMessage()));
        }
        Path input = Files.isDirectory(scenario.resolve("self-assessment")) ? scenario.resolve("self-assessment")
                : scenario.resolve("self-assessment.yaml");
        Evaluated evaluated;
        try {
            evaluated = Evaluator.evaluate(CheckRequest.of(input).withRules(rulesDirectory)
                    .withLenient(expected != null && expected.path("lenient").asBoolean(false)));
        } catch (InputException e) {
            return ScenarioResult.of(name, List.of("input errors: " + e.getMessage()));
        } catch (RuleException e) {
            return ScenarioResult.of(name, List.of("rule errors: " + e.getMessage()));
        }
        Map<String, Integer> grades = criterionGrades.apply(evaluated);
        JsonNode criteria = expected == null ? null : expected.get("criteria");
        if (criteria == null || !criteria.isObject() || criteria.isEmpty()) {
            return ScenarioResult.of(name, List.of(EXPECTED + " must have a 'criteria:' map with at least one criterion"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = criteria.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Measurement m = evaluated.measurements().get(e.getKey());
            if (m == null) {
                failures.add(e.getKey() + ": no such criterion in the rules");
                continue;
            }
            compare(e.getKey(), e.getValue(), m, grades.get(e.getKey()), failures);
        }
        return ScenarioResult.of(name, failures);
    }

    private static void compare(String id, JsonNode want, Measurement m, Integer grade, List<String> failures) {
        String status = m.measured() ? "graded" : "insufficient-evidence";
        check(id, "status", want, status, failures);
        check(id, "population", want, m.population(), failures);
        check(id, "met", want, m.met(), failures);
        check(id, "notYetDue", want, m.notYetDue(), failures);
        check(id, "measure", want, m.measure(), failures);
        check(id, "source", want, m.source(), failures);
        check(id, "grade", want, grade, failures);
        check(id, "findingCount", want, m.findingsTotal(), failures);
        check(id, "criticalCount", want, m.criticalFindings(), failures);
        JsonNode findings = want.get("findings");
        if (findings != null) {
            List<String> expected = new ArrayList<>();
            findings.forEach(f -> expected.add(describe(f.path("subject").asText(null), f.path("record").asText(null),
                    f.path("message").asText(null), f.path("critical").asBoolean(false))));
            List<String> actual = new ArrayList<>();
            for (Finding f : m.findings()) {
                actual.add(describe(f.subject(), f.record(), f.message(), f.critical()));
            }
            if (!expected.equals(actual)) {
                failures.add(id + ": findings differ" + System.lineSeparator() + "  expected: " + expected
                        + System.lineSeparator() + "  actual:   " + actual);
            }
        }
    }

    private static String describe(String subject, String record, String message, boolean critical) {
        return (critical ? "CRITICAL " : "") + subject + "/" + record + ": " + message;
    }

    private static void check(String id, String key, JsonNode want, Object actual, List<String> failures) {
        JsonNode w = want.get(key);
        if (w == null) {
            return;
        }
        Object expected = w.isNull() ? null : w.isNumber() ? (Object) w.asDouble() : w.asText();
        Object got = actual instanceof Number n ? (Object) n.doubleValue() : actual;
        if (!Objects.equals(expected, got)) {
            failures.add(id + ": " + key + " expected " + format(expected) + " but was " + format(got));
        }
    }

    private static String format(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }
}
