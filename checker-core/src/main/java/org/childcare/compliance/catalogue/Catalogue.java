package org.childcare.compliance.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childcare.compliance.engine.RuleProblem;

/**
 * The criteria the rules implement, read from the catalogue YAML files that sit beside the DRL
 * files (one per concern). Later files replace earlier entries with the same ID, which is how an
 * auditor's rules directory overrides the bundled catalogue.
 */
public final class Catalogue {
    private static final Pattern BANDS =
            Pattern.compile("(≤|<=)?\\s*([0-9.]+)\\s*/\\s*([0-9.]+)\\s*/\\s*([0-9.]+)");
    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Map<String, Criterion> criteria;

    private Catalogue(Map<String, Criterion> criteria) {
        this.criteria = criteria;
    }

    /** An empty catalogue, filled by {@link #read}. */
    public static Catalogue empty() {
        return new Catalogue(new TreeMap<>());
    }

    /**
     * Reads one catalogue file into this catalogue.
     *
     * @param concern the rule file this catalogue file sits beside, e.g. {@code child-protection}
     */
    public void read(String fileName, String concern, String text, List<RuleProblem> problems) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            problems.add(new RuleProblem(fileName, lineOf(e), "catalogue is not valid YAML: " + firstLine(e.getMessage())));
            return;
        }
        JsonNode list = root == null ? null : root.get("criteria");
        if (list == null || !list.isArray()) {
            problems.add(new RuleProblem(fileName, 1, "catalogue must have a 'criteria:' list"));
            return;
        }
        for (JsonNode node : list) {
            try {
                Criterion c = parse(node, concern);
                criteria.put(c.id(), c);
            } catch (IllegalArgumentException e) {
                String id = node.path("id").asText("?");
                problems.add(new RuleProblem(fileName, 0, "criterion " + id + ": " + e.getMessage()));
            }
        }
    }

    public Collection<Criterion> all() {
        return criteria.values();
    }

    public Criterion get(String id) {
        return criteria.get(id);
    }

    public boolean contains(String id) {
        return criteria.containsKey(id);
    }

    /** @return a copy whose criteria carry {@code overrides} ("CP-03.maxIntervalWorkingDays" → 10) */
    public Catalogue withOverrides(Map<String, Double> overrides) {
        Map<String, Criterion> copy = new TreeMap<>(criteria);
        Map<String, Map<String, Double>> byCriterion = new TreeMap<>();
        overrides.forEach((key, value) -> {
            int dot = key.indexOf('.');
            byCriterion.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>()).put(key.substring(dot + 1), value);
        });
        byCriterion.forEach((id, values) -> {
            Criterion c = copy.get(id);
            Map<String, Double> merged = new LinkedHashMap<>(c.parameters());
            merged.putAll(values);
            copy.put(id, c.withParameters(merged));
        });
        return new Catalogue(copy);
    }

    /**
     * @return null when {@code key} (such as {@code CP-03.maxIntervalWorkingDays}) names a parameter
     *     of this catalogue, else a plain-English reason with a suggestion
     */
    public String checkParameterKey(String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return "'" + key + "' is not CRITERION-ID.parameter, e.g. CP-03.maxIntervalWorkingDays";
        }
        Criterion c = criteria.get(key.substring(0, dot));
        if (c == null) {
            return "no criterion " + key.substring(0, dot) + " in the catalogue";
        }
        String name = key.substring(dot + 1);
        if (c.parameters().containsKey(name)) {
            return null;
        }
        if (c.parameters().isEmpty()) {
            return c.id() + " has no parameters";
        }
        String best = closest(name, c.parameters().keySet());
        return c.id() + " has no parameter '" + name + "'"
                + (best != null ? " (did you mean " + c.id() + "." + best + "?)" : "")
                + "; its parameters are " + String.join(", ", c.parameters().keySet());
    }

    private static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Criterion parse(JsonNode n, String concern) {
        String id = required(n, "id");
        if (!id.matches("[A-Z][A-Z0-9]*-[0-9]{2}")) {
            throw new IllegalArgumentException("id must look like CP-03");
        }
        Map<String, List<String>> areas = new TreeMap<>();
        JsonNode areaNode = n.path("areas");
        for (Iterator<Map.Entry<String, JsonNode>> it = areaNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> keys = new ArrayList<>();
            e.getValue().forEach(a -> keys.add(a.asText()));
            areas.put(e.getKey(), List.copyOf(keys));
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException("parameter " + e.getKey() + " must be a number");
            }
            parameters.put(e.getKey(), e.getValue().asDouble());
        }
        List<String> needs = new ArrayList<>();
        n.path("needs").forEach(x -> needs.add(x.asText()));
        return new Criterion(id, required(n, "title"), areas, n.path("measure").asText(""),
                Criterion.inOrder(parameters), Criterion.inOrder(parameters), bands(required(n, "bands")),
                n.path("weight").asDouble(1.0), n.path("limiting").asBoolean(false), n.path("critical").asBoolean(false),
                Timescale.fromCode(required(n, "timescale")), required(n, "action"), n.path("source").asText(""),
                aggregation(n.path("aggregation").asText("rate")), n.path("level").asText("child"),
                List.copyOf(needs), concern);
    }

    static Bands bands(String text) {
        String t = text.trim();
        if (t.equals("default")) {
            return Bands.DEFAULT;
        }
        if (t.equals("evidence")) {
            return Bands.evidenceOnly();
        }
        Matcher m = BANDS.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("bands '" + text + "' must read like '95 / 85 / 70', '≤ 15 / 20 / 25', 'default' or 'evidence'");
        }
        double o = Double.parseDouble(m.group(2));
        double g = Double.parseDouble(m.group(3));
        double a = Double.parseDouble(m.group(4));
        return m.group(1) != null ? Bands.lower(o, g, a) : Bands.higher(o, g, a);
    }

    private static Aggregation aggregation(String text) {
        try {
            return Aggregation.valueOf(text.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("aggregation '" + text + "' must be rate, lowest-part, mean, value or evidence");
        }
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return v.asText();
    }

    private static int lineOf(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            return Math.max(0, jpe.getLocation().getLineNr());
        }
        return 0;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
