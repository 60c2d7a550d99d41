package org.childcare.compliance.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.generate.DocumentWriter.Format;
import org.childcare.compliance.grading.GateOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Absent data is missing evidence, never a breach. Deleting one evidence field at a time from every
 * record of an authority (lists of events, audit items, worker references, flags: every key the
 * format does not require, other than the dates that give a record its extent) may take records out
 * of a criterion's population, but must never raise any criterion's breaches or critical findings.
 * Run on the example authority and on a generated one.
 */
class AbsentEvidenceTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys that give a record its identity or extent: deleting them changes what the record is, not what is known of it. */
    private static final Set<String> EXTENT = Set.of("id", "start", "end", "date", "received", "left", "started");
    /**
     * Dates that end a record's extent under another name: an assessment's completion, a missing
     * episode's return, an allegation's conclusion (the format says null while open).
     */
    private static final Set<String> EXTENT_PATHS = Set.of("children[].assessments[].completed",
            "children[].careEpisodes[].missingEpisodes[].returned", "lado.allegations[].concluded");
    /** The sections whose records carry evidence. */
    private static final List<String> RECORDS = List.of("children", "workforce", "lado", "complaints", "partnership");

    @TempDir
    Path tmp;

    @Test
    void deletingAnEvidenceFieldNeverRaisesBreachesInTheExample() throws Exception {
        Map<String, JsonNode> files = read(ExampleDataTest.EXAMPLE.resolve("self-assessment"));
        assertNoBreachRises("the example", files);
    }

    @Test
    void deletingAnEvidenceFieldNeverRaisesBreachesInAGeneratedAuthority() throws Exception {
        Path generated = tmp.resolve("generated");
        new Generator(GeneratorSettings.builder().seed(7).children(200).build()).writeDirectory(generated, Format.YAML, 0);
        assertNoBreachRises("a generated authority", read(generated));
    }

    private void assertNoBreachRises(String what, Map<String, JsonNode> files) throws Exception {
        for (JsonNode root : files.values()) {
            if (root instanceof ObjectNode o) {
                o.remove("previous"); // trends are not what this is about, and the path would not resolve here
            }
        }
        long started = System.nanoTime();
        Map<String, long[]> baseline = counts(files, "baseline");
        System.out.printf("%s: baseline check in %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
        Set<String> paths = new TreeSet<>();
        for (JsonNode root : files.values()) {
            for (String section : RECORDS) {
                collect(root.get(section), section, paths);
            }
        }
        JsonNode schema = schema();
        List<String> rises = new ArrayList<>();
        int tried = 0;
        for (String path : paths) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            // the workers themselves are records that children refer to, not evidence about them
            if (EXTENT.contains(key) || EXTENT_PATHS.contains(path) || required(schema, path)
                    || path.equals("workforce.workers")) {
                continue;
            }
            Map<String, JsonNode> changed = new LinkedHashMap<>();
            files.forEach((name, root) -> changed.put(name, root.deepCopy()));
            for (JsonNode root : changed.values()) {
                delete(root, path.split("\\."), 0);
            }
            tried++;
            Map<String, long[]> after = counts(changed, path);
            baseline.forEach((criterion, before) -> {
                long[] now = after.get(criterion);
                if (now[0] > before[0] || now[1] > before[1]) {
                    rises.add(criterion + ": without " + path + ", breaches " + before[0] + " -> " + now[0]
                            + ", critical " + before[1] + " -> " + now[1]);
                }
            });
        }
        assertTrue(tried > 30, what + ": only " + tried + " evidence fields were tried");
        assertEquals(List.of(), rises, what + ": deleting evidence raised breaches");
    }

    /** criterion → {breaches, critical findings} of a check of these files. */
    private Map<String, long[]> counts(Map<String, JsonNode> files, String label) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "run");
        for (Map.Entry<String, JsonNode> e : files.entrySet()) {
            Path out = dir.resolve(e.getKey().replaceAll("\\.ya?ml$", ".json"));
            Files.createDirectories(out.getParent());
            JSON.writeValue(out.toFile(), e.getValue());
        }
        CheckResult result = new Checker().check(CheckRequest.of(dir), GateOptions.defaults());
        Map<String, long[]> counts = new TreeMap<>();
        for (Measurement m : result.evaluated().measurements().values()) {
            counts.put(m.criterion(), new long[] {m.findingsTotal(), m.criticalFindings()});
        }
        return counts;
    }

    /** Every key path under {@code node}, lists written {@code []}: {@code children[].protectionPlans[].visits}. */
    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, path + "[]", paths));
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                if (!e.getKey().equals("extensions")) {
                    String p = path + "." + e.getKey();
                    paths.add(p);
                    collect(e.getValue(), p, paths);
                }
            });
        }
    }

    private static void delete(JsonNode node, String[] steps, int i) {
        if (node == null) {
            return;
        }
        String step = steps[i];
        boolean list = step.endsWith("[]");
        String key = list ? step.substring(0, step.length() - 2) : step;
        if (i == steps.length - 1) {
            if (node instanceof ObjectNode o) {
                o.remove(key);
            }
            return;
        }
        JsonNode next = node.get(key);
        if (list && next instanceof ArrayNode a) {
            a.forEach(n -> delete(n, steps, i + 1));
        } else if (!list) {
            delete(next, steps, i + 1);
        }
    }

    /** Whether the schema requires the last key of {@code path} in its object (deleting it is an input error). */
    private static boolean required(JsonNode schema, String path) {
        JsonNode at = schema;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String key = steps[i].replace("[]", "");
            at = resolve(schema, at);
            if (i == steps.length - 1) {
                for (JsonNode r : at.path("required")) {
                    if (r.asText().equals(key)) {
                        return true;
                    }
                }
                return false;
            }
            at = resolve(schema, at.path("properties").path(key));
            if (steps[i].endsWith("[]")) {
                at = at.path("items");
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = schema.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return node;
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = Checker.class.getResourceAsStream(
                "/org/childcare/compliance/schema/self-assessment-v1.schema.json")) {
            return JSON.readTree(in);
        }
    }

    /** Every YAML file under {@code dir}, by its path relative to it. */
    private static Map<String, JsonNode> read(Path dir) throws IOException {
        Map<String, JsonNode> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                files.put(dir.relativize(p).toString(), YAML.readTree(p.toFile()));
            }
        }
        return files;
    }
}
