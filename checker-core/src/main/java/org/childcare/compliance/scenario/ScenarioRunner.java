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
import java.util.TreeMap;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.check.Evaluated;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.grading.Grading;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.GateVerdict;

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
 *     missing: { "no visits recorded": 1 }   # records left out for want of data, by reason (exact map)
 *     partialHistory: 0       # records judged on a history known only from a date (knownFrom)
 *     findings:               # the exact list, critical first then by file and line
 *       - { subject: C2, record: P2, critical: true,
 *           message: "open tail of 24 working days from the last visit (2011-04-12) to asAt (limit 10)" }
 * </pre>
 *
 * Only the keys written are compared, so a scenario states just what it is about. Two optional
 * sections check the grading too:
 *
 * <pre>
 * areas:                      # rows of the Record of main findings: grade 1-4, the word, or null
 *   SAFE: 4                   # for shown but not graded (a row the profile does not show fails)
 *   OVERALL: 3
 * gate:
 *   failOnGrade: adequate     # optional gate options, as interfaces.md spells them (else defaults)
 *   passed: false
 *   reasons: ["area SAFE graded Inadequate"]   # optional, the exact list
 * </pre>
 *
 * A scenario runs the whole check ({@link Checker}), so a scenario whose self-assessment declares
 * {@code previous:} is graded against it. Criterion grades come from the grading model ({@link
 * #withGrading}) or, for the rules module's own fixtures, from a function given to the constructor.
 */
public final class ScenarioRunner {
    /** The file that marks a folder as a scenario. */
    public static final String EXPECTED = "expected.yaml";
    /** An auditor's change of a rule file, applied for this scenario only ({@link AuditorChange}). */
    public static final String RULES_CHANGE = "rules-change.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path rulesDirectory;
    private final Function<Evaluated, Map<String, Integer>> criterionGrades;
    private final Checker checker;

    /**
     * @param rulesDirectory auditor's rules, or null for the bundled set
     * @param criterionGrades how graded criteria get their grade; areas and the gate always come
     *     from the grading model
     */
    public ScenarioRunner(Path rulesDirectory, Function<Evaluated, Map<String, Integer>> criterionGrades) {
        this(rulesDirectory, criterionGrades, new Checker());
    }

    private ScenarioRunner(Path rulesDirectory, Function<Evaluated, Map<String, Integer>> criterionGrades, Checker checker) {
        this.rulesDirectory = rulesDirectory;
        this.criterionGrades = criterionGrades;
        this.checker = checker;
    }

    /**
     * A runner whose criterion grades, area grades and gate all come from the grading model
     * ({@link org.childcare.compliance.grading.Grader}): what {@code verify-rules} runs.
     *
     * @param rulesDirectory auditor's rules, or null for the bundled set
     */
    public static ScenarioRunner withGrading(Path rulesDirectory) {
        return new ScenarioRunner(rulesDirectory, null, new Checker());
    }

    /** As {@link #withGrading(Path)}, measuring with {@code evaluate} instead of the rule engine (for tests). */
    public static ScenarioRunner withGrading(Path rulesDirectory, Checker.Evaluate evaluate) {
        return new ScenarioRunner(rulesDirectory, null, new Checker(evaluate));
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
        JsonNode criteria = expected == null ? null : expected.get("criteria");
        JsonNode areas = expected == null ? null : expected.get("areas");
        JsonNode gate = expected == null ? null : expected.get("gate");
        if (criteria == null && areas == null && gate == null) {
            return ScenarioResult.of(name, List.of(EXPECTED + " must have a 'criteria:' map with at least one criterion"
                    + " (or 'areas:' or 'gate:')"));
        }
        if (criteria != null && (!criteria.isObject() || criteria.isEmpty())) {
            return ScenarioResult.of(name, List.of(EXPECTED + " must have a 'criteria:' map with at least one criterion"));
        }
        if (areas != null && !areas.isObject()) {
            return ScenarioResult.of(name, List.of(EXPECTED + ": 'areas:' must be a map such as { SAFE: 4, OVERALL: 3 }"));
        }
        if (gate != null && !gate.isObject()) {
            return ScenarioResult.of(name, List.of(EXPECTED + ": 'gate:' must be a map such as { passed: false }"));
        }
        GateOptions options;
        try {
            options = gateOptions(gate);
        } catch (IllegalArgumentException e) {
            return ScenarioResult.of(name, List.of(EXPECTED + ": gate: " + e.getMessage()));
        }
        Path rules = rulesDirectory;
        Path changed = null;
        if (Files.exists(scenario.resolve(RULES_CHANGE))) {
            try {
                changed = AuditorChange.apply(scenario.resolve(RULES_CHANGE), rulesDirectory);
                rules = changed;
            } catch (IOException | IllegalArgumentException e) {
                return ScenarioResult.of(name, List.of(RULES_CHANGE + ": " + e.getMessage()));
            } catch (RuleException e) {
                return ScenarioResult.of(name, List.of("rule errors: " + e.getMessage()));
            }
        }
        try {
            return run(name, input, rules, expected, criteria, areas, gate, options, failures);
        } finally {
            AuditorChange.delete(changed);
        }
    }

    private ScenarioResult run(String name, Path input, Path rules, JsonNode expected, JsonNode criteria, JsonNode areas,
            JsonNode gate, GateOptions options, List<String> failures) {
        CheckResult result;
        try {
            result = checker.check(CheckRequest.of(input).withRules(rules)
                    .withLenient(expected.path("lenient").asBoolean(false)), options);
        } catch (InputException e) {
            return ScenarioResult.of(name, List.of("input errors: " + e.getMessage()));
        } catch (RuleException e) {
            return ScenarioResult.of(name, List.of("rule errors: " + e.getMessage()));
        }
        Evaluated evaluated = result.evaluated();
        Map<String, Integer> grades = new TreeMap<>();
        if (criterionGrades != null) {
            grades.putAll(criterionGrades.apply(evaluated));
        } else {
            result.grading().criteria().forEach((id, g) -> grades.put(id, g.grade()));
        }
        if (criteria != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = criteria.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Measurement m = evaluated.measurements().get(e.getKey());
                if (m == null) {
                    failures.add(e.getKey() + ": no such criterion in the rules");
                    continue;
                }
                compare(e.getKey(), e.getValue(), m, grades.get(e.getKey()), failures);
            }
        }
        if (areas != null) {
            compareAreas(areas, result.grading(), failures);
        }
        if (gate != null) {
            compareGate(gate, result.report().gate(), failures);
        }
        return ScenarioResult.of(name, failures);
    }

    private static void compareAreas(JsonNode areas, Grading grading, List<String> failures) {
        for (Iterator<Map.Entry<String, JsonNode>> it = areas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode want = e.getValue();
            AreaJudgement j = grading.judgement(key);
            if (j == null) {
                failures.add("area " + key + ": not in the record of main findings (framework " + grading.framework().id()
                        + ", profile " + grading.profile().id() + ")");
                continue;
            }
            String actual = j.grade() == null ? "not graded" : j.grade() + " (" + j.word() + ")";
            boolean ok;
            String wanted;
            if (want.isNull()) {
                ok = j.grade() == null;
                wanted = "not graded";
            } else if (want.isIntegralNumber()) {
                ok = j.grade() != null && j.grade() == want.asInt();
                wanted = String.valueOf(want.asInt());
            } else if (want.isTextual()) {
                ok = j.word() != null && j.word().equalsIgnoreCase(want.asText().trim());
                wanted = want.asText();
            } else {
                failures.add("area " + key + ": expected a grade 1-4, a grade word or null, found " + want);
                continue;
            }
            if (!ok) {
                failures.add("area " + key + ": expected " + wanted + " but was " + actual
                        + System.lineSeparator() + "  because: " + String.join("; ", j.reasons()));
            }
        }
    }

    private static void compareGate(JsonNode gate, GateVerdict verdict, List<String> failures) {
        JsonNode passed = gate.get("passed");
        if (passed != null && passed.asBoolean() != verdict.passed()) {
            failures.add("gate: expected " + (passed.asBoolean() ? "passed" : "failed") + " but "
                    + (verdict.passed() ? "passed" : "failed: " + String.join("; ", verdict.reasons())));
        }
        JsonNode reasons = gate.get("reasons");
        if (reasons != null) {
            List<String> want = new ArrayList<>();
            reasons.forEach(r -> want.add(r.asText()));
            if (!want.equals(verdict.reasons())) {
                failures.add("gate: reasons differ" + System.lineSeparator() + "  expected: " + want
                        + System.lineSeparator() + "  actual:   " + verdict.reasons());
            }
        }
    }

    /** The gate options a scenario states beside its expected verdict; defaults for the rest. */
    private static GateOptions gateOptions(JsonNode gate) {
        if (gate == null) {
            return GateOptions.defaults();
        }
        return GateOptions.parse(text(gate, "failOnGrade"), text(gate, "failOnCritical"), text(gate, "failOnTimescale"),
                text(gate, "failOnRegression"), text(gate, "failOnInsufficientEvidence"));
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null ? null : v.isNull() ? "none" : v.asText();
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
        check(id, "partialHistory", want, m.partialHistory(), failures);
        JsonNode missing = want.get("missing");
        if (missing != null) {
            Map<String, Long> expected = new TreeMap<>();
            missing.fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
            if (!expected.equals(new TreeMap<>(m.missing()))) {
                failures.add(id + ": missing data differs" + System.lineSeparator() + "  expected: " + expected
                        + System.lineSeparator() + "  actual:   " + new TreeMap<>(m.missing()));
            }
        }
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
