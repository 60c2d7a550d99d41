package org.childcare.compliance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The format reference (docs/format.md): prose written by hand, then one table per kind of object
 * made from the JSON Schema itself, so that the property reference cannot drift from what the
 * loader and editors check. Every property is listed with its value (type, allowed values, default)
 * and its {@code description}; a property without one is an error of the schema
 * ({@link #undescribedProperties}).
 *
 * <p>The document is split at {@link #MARKER}: everything above it is kept as written, everything
 * below is rewritten from the schema.
 */
public final class FormatDocument {
    /** Where the schema lives on the class path (and in checker-core's resources). */
    public static final String SCHEMA_RESOURCE = "/org/childcare/compliance/schema/self-assessment-v1.schema.json";

    /** The line that ends the hand-written part of the document. */
    public static final String MARKER = "<!-- Everything below this line is generated from the JSON Schema by FormatDocument;"
            + " FormatDocumentTest fails when it is out of date. Rewrite it with:"
            + " mvn -pl checker-core test -Dtest=FormatDocumentTest -Ddocs.update=true -->";

    private static final String DEFS = "#/$defs/";
    private static final String EXTENSIONS = DEFS + "extensions";

    private FormatDocument() {}

    /** @return the schema as published, from the class path */
    public static JsonNode schema() {
        try (InputStream in = FormatDocument.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema is not on the class path at " + SCHEMA_RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema at " + SCHEMA_RESOURCE, e);
        }
    }

    /**
     * @param document the current document
     * @return its hand-written part: everything before {@link #MARKER}
     * @throws IllegalArgumentException when the document lacks the marker line
     */
    public static String handWrittenPart(String document) {
        int at = document.indexOf(MARKER);
        if (at < 0) {
            throw new IllegalArgumentException("the format document has no marker line where the generated part begins: " + MARKER);
        }
        return document.substring(0, at);
    }

    /** @return the document: {@code handWritten}, the marker, then the property reference; the same bytes for the same input */
    public static String render(String handWritten, JsonNode schema) {
        StringBuilder out = new StringBuilder(handWritten);
        out.append(MARKER).append("\n\n");
        out.append("## Property reference\n\n");
        out.append("One table for each kind of object, from the top level of a file down. **required** marks what must\n");
        out.append("be there; everything else is optional. Where a value is an object or a list of objects, its\n");
        out.append("name links to that object's table. \"Found at\" gives the object's paths (`[]`: each entry of a list).\n");
        JsonNode extensions = resolve(schema, EXTENSIONS);
        if (!extensions.isMissingNode()) {
            out.append("Besides the properties listed, every object takes `extensions`: ")
                    .append(text(extensions.path("description").asText())).append('\n');
        }
        out.append('\n');
        Map<String, List<String>> foundAt = new LinkedHashMap<>();
        foundAt.put("#", List.of());
        collectPaths(schema, schema, "", new HashSet<>(), foundAt);
        Map<String, String> anchors = anchors(schema, foundAt.keySet());
        for (Map.Entry<String, List<String>> e : foundAt.entrySet()) {
            section(out, schema, e.getKey(), e.getValue(), anchors);
        }
        return out.toString();
    }

    /**
     * Every property (named or by key pattern) of the root and of each definition that has no
     * description of its own. An {@code extensions} property is described once, by the shared
     * {@code #/$defs/extensions}, which must then have one.
     *
     * @return JSON pointers such as {@code #/$defs/Child/properties/disability}, in schema order
     */
    public static List<String> undescribedProperties(JsonNode schema) {
        List<String> undescribed = new ArrayList<>();
        undescribedIn(schema, "#", undescribed);
        for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
            undescribedIn(def.getValue(), "#/$defs/" + def.getKey(), undescribed);
        }
        return undescribed;
    }

    private static void undescribedIn(JsonNode object, String path, List<String> undescribed) {
        for (String kind : List.of("properties", "patternProperties")) {
            for (Map.Entry<String, JsonNode> p : object.path(kind).properties()) {
                JsonNode property = p.getValue();
                String where = path + "/" + kind + "/" + p.getKey();
                if (EXTENSIONS.equals(property.path("$ref").asText()) && !property.has("description")) {
                    continue; // described once, by #/$defs/extensions (checked below)
                }
                if (property.path("description").asText().isBlank()) {
                    undescribed.add(where);
                }
            }
        }
        if (path.equals("#/$defs/extensions") && object.path("description").asText().isBlank()) {
            undescribed.add(path);
        }
    }

    /** Walks the schema from the root, noting for each definition every path at which it is found, in order of first use. */
    private static void collectPaths(JsonNode schema, JsonNode object, String path, Set<String> onPath,
            Map<String, List<String>> foundAt) {
        for (Map.Entry<String, JsonNode> p : object.path("properties").properties()) {
            String here = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
            follow(schema, p.getValue(), here, onPath, foundAt);
        }
        for (Map.Entry<String, JsonNode> pattern : object.path("patternProperties").properties()) {
            follow(schema, pattern.getValue(), path + ".<key>", onPath, foundAt);
        }
    }

    private static void follow(JsonNode schema, JsonNode value, String path, Set<String> onPath, Map<String, List<String>> foundAt) {
        if (value.has("items")) {
            follow(schema, value.get("items"), path + "[]", onPath, foundAt);
            return;
        }
        if (value.has("patternProperties")) {
            value.get("patternProperties").elements().forEachRemaining(v -> follow(schema, v, path + ".<key>", onPath, foundAt));
            return;
        }
        String ref = value.path("$ref").asText();
        if (ref.isEmpty() || ref.equals(EXTENSIONS) || onPath.contains(ref)) {
            return;
        }
        foundAt.computeIfAbsent(ref, k -> new ArrayList<>()).add(path);
        onPath.add(ref);
        collectPaths(schema, resolve(schema, ref), path, onPath, foundAt);
        onPath.remove(ref);
    }

    /** Heading anchors as Markdown renderers make them from the heading text; two tables with one title is an error. */
    private static Map<String, String> anchors(JsonNode schema, Set<String> refs) {
        Map<String, String> anchors = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String ref : refs) {
            String anchor = title(schema, ref).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
            if (!taken.add(anchor)) {
                throw new IllegalStateException("two object definitions of the schema have the title of " + ref
                        + ": give each its own title, so that each table has its own link");
            }
            anchors.put(ref, anchor);
        }
        return anchors;
    }

    private static String title(JsonNode schema, String ref) {
        if (ref.equals("#")) {
            return "Top level";
        }
        String title = resolve(schema, ref).path("title").asText();
        return title.isBlank() ? ref.substring(DEFS.length()) : title;
    }

    private static void section(StringBuilder out, JsonNode schema, String ref, List<String> paths, Map<String, String> anchors) {
        JsonNode object = ref.equals("#") ? schema : resolve(schema, ref);
        out.append("### ").append(title(schema, ref)).append("\n\n");
        String description = ref.equals("#") ? "" : object.path("description").asText();
        if (!description.isBlank()) {
            out.append(text(description)).append('\n');
        }
        if (!paths.isEmpty()) {
            List<String> quoted = paths.stream().map(p -> "`" + p + "`").toList();
            out.append(description.isBlank() ? "" : "\n").append("Found at: ").append(String.join(", ", quoted)).append(".\n");
        }
        out.append(description.isBlank() && paths.isEmpty() ? "" : "\n");
        out.append("| property | value | description |\n|---|---|---|\n");
        Set<String> required = new HashSet<>();
        object.path("required").forEach(n -> required.add(n.asText()));
        for (Map.Entry<String, JsonNode> p : object.path("properties").properties()) {
            JsonNode property = p.getValue();
            if (!ref.equals("#") && EXTENSIONS.equals(property.path("$ref").asText())) {
                continue; // said once, above the first table
            }
            String name = "`" + p.getKey() + "`" + (required.contains(p.getKey()) ? " **required**" : "");
            String about = property.has("description") || !EXTENSIONS.equals(property.path("$ref").asText())
                    ? property.path("description").asText() : resolve(schema, EXTENSIONS).path("description").asText();
            String eachValue = property.has("patternProperties")
                    ? property.get("patternProperties").elements().next().path("description").asText() : "";
            row(out, name, value(schema, property, anchors), withoutRequired(about) + (eachValue.isBlank() ? "" : " Each value: " + eachValue));
        }
        for (Map.Entry<String, JsonNode> p : object.path("patternProperties").properties()) {
            row(out, "any key matching `" + p.getKey() + "`", value(schema, p.getValue(), anchors),
                    p.getValue().path("description").asText());
        }
        out.append('\n');
    }

    /** "Required." opens many descriptions; the property column already says so. */
    private static String withoutRequired(String description) {
        return description.replaceFirst("^Required\\.\\s*", "");
    }

    /** The value a property takes, in words: its type, allowed values, bounds and default. */
    static String value(JsonNode schema, JsonNode property, Map<String, String> anchors) {
        String ref = property.path("$ref").asText();
        if (ref.equals(EXTENSIONS)) {
            return "free-form object";
        }
        if (!ref.isEmpty()) {
            String anchor = anchors.get(ref);
            String name = title(schema, ref);
            return anchor == null ? name : "[" + name + "](#" + anchor + ")";
        }
        List<String> words = new ArrayList<>();
        if (property.has("const")) {
            words.add("`" + property.get("const").asText() + "`");
        } else if (property.has("enum")) {
            List<String> values = new ArrayList<>();
            property.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
            words.add("one of " + String.join(", ", values));
        } else {
            words.add(types(schema, property, anchors));
        }
        if (property.has("pattern")) {
            words.add("matching `" + property.get("pattern").asText() + "`");
        }
        String bounds = bounds(property);
        if (!bounds.isEmpty()) {
            words.add(bounds);
        }
        if (property.has("default")) {
            words.add("(default `" + property.get("default").asText() + "`)");
        }
        if (nullable(property) && (property.has("enum") || property.has("const"))) {
            words.add("or `null`");
        }
        return String.join(" ", words);
    }

    private static String types(JsonNode schema, JsonNode property, Map<String, String> anchors) {
        if (property.has("patternProperties")) {
            Map.Entry<String, JsonNode> key = property.get("patternProperties").properties().iterator().next();
            return "map from keys matching `" + key.getKey() + "` (`<key>`) to " + plural(value(schema, key.getValue(), anchors));
        }
        List<String> names = new ArrayList<>();
        JsonNode type = property.path("type");
        List<String> listed = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> listed.add(t.asText()));
        } else if (type.isTextual()) {
            listed.add(type.asText());
        }
        for (String t : listed) {
            switch (t) {
                case "null" -> { }
                case "string" -> names.add("date".equals(property.path("format").asText()) ? "date" : "text");
                case "integer" -> names.add("whole number");
                case "number" -> names.add("number");
                case "boolean" -> names.add("`true` or `false`");
                case "array" -> names.add("list of " + plural(value(schema, property.path("items"), anchors)));
                case "object" -> names.add("object");
                default -> names.add(t);
            }
        }
        if (names.isEmpty()) {
            names.add("any value");
        }
        String joined = String.join(", ", names.subList(0, names.size() - 1)) + (names.size() > 1 ? " or " : "") + names.get(names.size() - 1);
        return nullable(property) ? joined + " or `null`" : joined;
    }

    private static boolean nullable(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String bounds(JsonNode property) {
        boolean min = property.has("minimum");
        boolean max = property.has("maximum");
        if (min && max) {
            return "from " + number(property.get("minimum")) + " to " + number(property.get("maximum"));
        }
        if (min) {
            return "of at least " + number(property.get("minimum"));
        }
        return max ? "of at most " + number(property.get("maximum")) : "";
    }

    private static String number(JsonNode n) {
        double v = n.asDouble();
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** "date" → "dates", "[Referral](#referral)" stays: a linked name reads as the kind of entry. */
    private static String plural(String value) {
        return switch (value) {
            case "date" -> "dates";
            case "text" -> "texts";
            case "number" -> "numbers";
            case "whole number" -> "whole numbers";
            default -> value;
        };
    }

    private static JsonNode resolve(JsonNode schema, String ref) {
        return ref.startsWith("#/") ? schema.at(ref.substring(1)) : schema.path("no such node");
    }

    private static void row(StringBuilder out, String property, String value, String description) {
        out.append("| ").append(property).append(" | ").append(text(value)).append(" | ").append(text(description)).append(" |\n");
    }

    private static String text(String s) {
        return s.replace("|", "\\|").replace("\n", " ").strip();
    }
}
