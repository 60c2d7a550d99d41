package org.childcare.compliance.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.childcare.compliance.model.Coded;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.SelfAssessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema of format v1 and the model agree: same fields in the same places,
 * same types, same enum codes; the spec's example validates and misspellings do not.
 */
class SchemaAgreementTest {
    static final String SCHEMA = "/org/childcare/compliance/schema/self-assessment-v1.schema.json";
    static final String MODEL_PACKAGE = "org.childcare.compliance.model";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode schemaNode;
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "schema on the classpath at " + SCHEMA);
            schemaNode = JSON.readTree(in);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    static ObjectNode fullExample() {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream("/schema/full-example.yaml")) {
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> errors(JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::toString).sorted().toList();
    }

    @Nested
    class SchemaDocument {
        @Test
        void isAValidDraft202012Schema() {
            JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
            assertEquals(List.of(), meta.validate(schemaNode).stream().map(ValidationMessage::toString).toList());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode.path("$schema").asText());
            assertFalse(schemaNode.path("$id").asText().isEmpty(), "$id");
            assertFalse(schemaNode.path("title").asText().isEmpty(), "title");
        }

        @Test
        void everyObjectIsClosedExceptExtensions() {
            List<String> open = new ArrayList<>();
            walk(schemaNode, "#", (node, path) -> {
                boolean object = node.has("properties") || node.has("patternProperties")
                        || "object".equals(node.path("type").asText());
                JsonNode additional = node.path("additionalProperties");
                boolean closed = additional.isBoolean() && !additional.asBoolean();
                if (object && !closed && !path.equals("#/$defs/extensions")) {
                    open.add(path);
                }
            });
            assertEquals(List.of(), open);
            JsonNode extensions = schemaNode.at("/$defs/extensions");
            assertEquals("object", extensions.path("type").asText());
            assertFalse(extensions.has("additionalProperties"), "extensions are free-form");
        }

        @Test
        void everyObjectAllowsExtensions() {
            List<String> missing = new ArrayList<>();
            walk(schemaNode, "#", (node, path) -> {
                if (node.has("properties") && !node.path("properties").has("extensions")) {
                    missing.add(path);
                }
            });
            assertEquals(List.of(), missing);
        }

        @Test
        void requiredFieldsAreThoseTheSpecMarks() {
            Map<String, Set<String>> expected = new LinkedHashMap<>();
            expected.put("#", Set.of("schemaVersion"));
            expected.put("#/$defs/Authority", Set.of("name"));
            expected.put("#/$defs/Period", Set.of("start", "end"));
            expected.put("#/$defs/Child", Set.of("id"));
            expected.put("#/$defs/Referral", Set.of("date"));
            expected.put("#/$defs/Assessment", Set.of("start"));
            expected.put("#/$defs/S47Enquiry", Set.of("strategyDiscussion"));
            expected.put("#/$defs/Icpc", Set.of("date"));
            expected.put("#/$defs/CareEpisode", Set.of("start"));
            expected.put("#/$defs/Placement", Set.of("start"));
            expected.put("#/$defs/Worker", Set.of("id"));
            Map<String, Set<String>> actual = new LinkedHashMap<>();
            walk(schemaNode, "#", (node, path) -> {
                if (node.has("required")) {
                    Set<String> names = new TreeSet<>();
                    node.get("required").forEach(n -> names.add(n.asText()));
                    actual.put(path, names);
                    names.forEach(n -> assertTrue(node.path("properties").has(n), path + " requires a property it lacks: " + n));
                }
            });
            assertEquals(sorted(expected), sorted(actual));
        }
    }

    /** (a) and (b): walk the model from SelfAssessment and the schema from its root together. */
    @Nested
    class ModelAgreement {
        private final Set<String> visitedDefs = new HashSet<>();
        private final Set<Class<?>> visitedEnums = new HashSet<>();
        private final List<String> problems = new ArrayList<>();

        @Test
        void everyModelFieldIsInTheSchemaAndEverySchemaPropertyInTheModel() {
            checkClass(SelfAssessment.class, schemaNode, "");
            assertEquals(List.of(), problems);
            Set<String> defs = new TreeSet<>();
            schemaNode.path("$defs").fieldNames().forEachRemaining(defs::add);
            defs.remove("extensions");
            visitedDefs.remove("extensions");
            assertEquals(defs, new TreeSet<>(visitedDefs), "every $defs entry is some model class, and used");
        }

        @Test
        void everyEnumOfTheModelHasExactlyTheSchemasValues() throws Exception {
            checkClass(SelfAssessment.class, schemaNode, "");
            assertEquals(List.of(), problems);
            Set<String> all = codedEnums().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> seen = visitedEnums.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
            assertFalse(all.isEmpty(), "found the model's enums");
            assertEquals(all, seen, "every Coded enum of the model is used by some field and checked");
        }

        private void checkClass(Class<?> type, JsonNode node, String path) {
            String where = path.isEmpty() ? "(root)" : path;
            if (node.has("$ref")) {
                String ref = node.get("$ref").asText();
                String expectedRef = "#/$defs/" + type.getSimpleName();
                if (!ref.equals(expectedRef)) {
                    problems.add(where + ": $ref " + ref + ", expected " + expectedRef);
                    return;
                }
                if (!visitedDefs.add(type.getSimpleName())) {
                    return; // already compared field by field
                }
                node = resolve(node);
            }
            if (!"object".equals(node.path("type").asText())) {
                problems.add(where + ": not an object in the schema");
            }
            Map<String, Field> fields = modelFields(type);
            Set<String> schemaProps = new TreeSet<>();
            node.path("properties").fieldNames().forEachRemaining(schemaProps::add);
            for (String name : fields.keySet()) {
                if (!schemaProps.contains(name)) {
                    problems.add(where + ": model field " + type.getSimpleName() + "." + name + " is not in the schema");
                }
            }
            for (String name : schemaProps) {
                if (!fields.containsKey(name)) {
                    problems.add(where + ": schema property " + name + " is not a field of " + type.getSimpleName());
                }
            }
            for (Map.Entry<String, Field> f : fields.entrySet()) {
                JsonNode prop = node.path("properties").get(f.getKey());
                if (prop != null) {
                    checkType(f.getValue().getGenericType(), prop, path.isEmpty() ? f.getKey() : path + "." + f.getKey());
                }
            }
        }

        private void checkType(Type type, JsonNode prop, String path) {
            if (path.endsWith("extensions")) {
                JsonNode target = resolve(prop);
                if (!prop.path("$ref").asText().equals("#/$defs/extensions") || !"object".equals(target.path("type").asText())) {
                    problems.add(path + ": extensions must be the free-form #/$defs/extensions");
                }
                visitedDefs.add("extensions");
                return;
            }
            if (type instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                Type element = p.getActualTypeArguments()[p.getActualTypeArguments().length - 1];
                if (List.class.isAssignableFrom(raw)) {
                    expectType(prop, "array", path);
                    checkType(element, prop.path("items"), path + "[]");
                } else if (Map.class.isAssignableFrom(raw)) {
                    expectType(prop, "object", path);
                    if (prop.path("additionalProperties").asBoolean(true)) {
                        problems.add(path + ": a map of the model must be closed with additionalProperties: false");
                    }
                    JsonNode patterns = prop.path("patternProperties");
                    if (patterns.size() != 1) {
                        problems.add(path + ": a map of the model needs exactly one key pattern");
                    } else {
                        checkType(element, patterns.elements().next(), path + "{}");
                    }
                } else {
                    problems.add(path + ": unexpected generic type " + type);
                }
                return;
            }
            Class<?> c = (Class<?>) type;
            if (c == LocalDate.class) {
                expectType(prop, "string", path);
                if (!"date".equals(prop.path("format").asText())) {
                    problems.add(path + ": a date needs format: date");
                }
            } else if (c == String.class) {
                expectType(prop, "string", path);
            } else if (c == Integer.class || c == int.class) {
                expectType(prop, "integer", path);
            } else if (c == Double.class || c == double.class) {
                expectType(prop, "number", path);
            } else if (c == Boolean.class || c == boolean.class) {
                expectType(prop, "boolean", path);
            } else if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
                visitedEnums.add(c);
                Set<String> codes = Arrays.stream(c.getEnumConstants()).map(e -> ((Coded) e).code())
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> values = new TreeSet<>();
                prop.path("enum").forEach(v -> values.add(v.asText()));
                if (!codes.equals(values) || prop.path("enum").size() != codes.size()) {
                    problems.add(path + ": " + c.getSimpleName() + " codes " + codes + " but schema enum " + prop.path("enum"));
                }
                checkJsonPropertySpellings(c, path);
            } else if (Located.class.isAssignableFrom(c)) {
                checkClass(c, prop, path);
            } else if (c == Object.class) {
                if (prop.isMissingNode()) {
                    problems.add(path + ": missing");
                }
            } else {
                problems.add(path + ": unexpected model type " + c.getName());
            }
        }

        /** The YAML spelling of each constant (its @JsonProperty, where it has one) is its code. */
        private void checkJsonPropertySpellings(Class<?> enumType, String path) {
            for (Object constant : enumType.getEnumConstants()) {
                try {
                    JsonProperty spelling = enumType.getField(((Enum<?>) constant).name()).getAnnotation(JsonProperty.class);
                    if (spelling != null && !spelling.value().equals(((Coded) constant).code())) {
                        problems.add(path + ": " + constant + " is written " + spelling.value() + " but its code is " + ((Coded) constant).code());
                    }
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private void expectType(JsonNode prop, String expected, String path) {
            Set<String> types = new HashSet<>();
            JsonNode t = prop.path("type");
            if (t.isArray()) {
                t.forEach(n -> types.add(n.asText()));
            } else if (t.isTextual()) {
                types.add(t.asText());
            }
            types.remove("null");
            if (!types.equals(Set.of(expected))) {
                problems.add(path + ": schema type " + t + ", model type " + expected);
            }
        }
    }

    /** (c) The spec's example validates; misspellings and wrong values do not. */
    @Nested
    class Validation {
        @Test
        void theSpecsFullExampleIsValid() {
            ObjectNode doc = fullExample();
            for (String section : List.of("schemaVersion", "authority", "period", "asAt", "framework", "profile", "calendar",
                    "standards", "benchmarks", "previous", "children", "workforce", "lado", "complaints", "partnership",
                    "indicators", "evidence")) {
                assertTrue(doc.has(section), "the example uses " + section);
            }
            assertEquals(List.of(), errors(doc));
        }

        @Test
        void theSpecsFullExampleLoadsIntoTheModelWithUnknownKeysFailing() throws IOException {
            ObjectMapper strict = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            SelfAssessment sa = strict.treeToValue(fullExample(), SelfAssessment.class);
            assertEquals(1, sa.getSchemaVersion());
            assertEquals("C0001", sa.getChildren().get(0).getId());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.childcare.compliance.schema.SchemaAgreementTest#invalidDocuments")
        void invalidDocumentsFail(String why, JsonNode doc, String expectedInMessage) {
            List<String> errors = errors(doc);
            assertFalse(errors.isEmpty(), why + " should fail");
            assertTrue(errors.stream().anyMatch(e -> e.contains(expectedInMessage)),
                    why + ": expected a message mentioning " + expectedInMessage + " in " + errors);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.childcare.compliance.schema.SchemaAgreementTest#validDocuments")
        void validVariationsPass(String why, JsonNode doc) {
            assertEquals(List.of(), errors(doc), why);
        }
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                invalid("misspelt top-level key", renamed(fullExample(), "/schemaVersion", "shemaVersion"), "shemaVersion"),
                invalid("misspelt key in a child", renamed(fullExample(), "/children/0/dateOfBirth", "dateOfBrith"), "dateOfBrith"),
                invalid("misspelt key deep down", renamed(fullExample(), "/children/0/protectionPlans/0/icpc/attendance", "attendence"), "attendence"),
                invalid("misspelt key in a worker", renamed(fullExample(), "/workforce/workers/0/caseload", "caseLoad"), "caseLoad"),
                invalid("unknown enum value", set(fullExample(), "/children/0/gender", text("girl")), "gender"),
                invalid("impossible date", set(fullExample(), "/children/0/referrals/0/date", text("2011-02-30")), "date"),
                invalid("not a date", set(fullExample(), "/asAt", text("12/09/2011")), "asAt"),
                invalid("missing child id", removed(fullExample(), "/children/0/id"), "id"),
                invalid("missing period end", removed(fullExample(), "/period/end"), "end"),
                invalid("schemaVersion 2", set(fullExample(), "/schemaVersion", IntNode.valueOf(2)), "schemaVersion"),
                invalid("absentParentViews maybe", set(fullExample(), "/children/0/assessments/0/quality/absentParentViews", text("maybe")), "absentParentViews"),
                invalid("standards key without a parameter", set(fullExample(), "/standards/CP-03", IntNode.valueOf(10)), "CP-03"),
                invalid("indicator key in lower case", set(fullExample(), "/indicators/cp-01", IntNode.valueOf(47)), "cp-01"),
                invalid("percent over 100", set(fullExample(), "/partnership/trainingCompliance/0/percent", IntNode.valueOf(120)), "percent"),
                invalid("unquoted false as an allegation outcome", set(fullExample(), "/lado/allegations/0/outcome", BooleanNode.FALSE), "outcome"),
                invalid("null where a date is not nullable", set(fullExample(), "/period/start", NullNode.getInstance()), "start"),
                invalid("unknown framework", set(fullExample(), "/framework", text("slac-2012")), "framework"),
                invalid("unknown region", set(fullExample(), "/calendar/region", text("wales")), "region"));
    }

    static Stream<Arguments> validDocuments() {
        ObjectNode ext = JsonNodeFactory.instance.objectNode();
        ext.put("localTeam", "North East").putArray("tags").add("pilot").add(3);
        ext.putObject("nested").put("anything", true);
        ObjectNode directoryPart = JsonNodeFactory.instance.objectNode();
        directoryPart.put("schemaVersion", 1);
        directoryPart.set("children", fullExample().get("children"));
        return Stream.of(
                Arguments.of("extensions at the top", set(fullExample(), "/extensions", ext)),
                Arguments.of("extensions in a child", set(fullExample(), "/children/0/extensions", ext)),
                Arguments.of("extensions in a visit", set(fullExample(), "/children/0/protectionPlans/0/visits/0/extensions", ext)),
                Arguments.of("extensions in a benchmark", set(fullExample(), "/benchmarks/CP-01/extensions", ext)),
                Arguments.of("S47 criterion in standards", set(fullExample(), "/standards/S47-03.seenAloneFromAge", IntNode.valueOf(8))),
                Arguments.of("absentParentViews true", set(fullExample(), "/children/0/assessments/0/quality/absentParentViews", BooleanNode.TRUE)),
                Arguments.of("absentParentViews false", set(fullExample(), "/children/0/assessments/0/quality/absentParentViews", BooleanNode.FALSE)),
                Arguments.of("unallocated child", set(fullExample(), "/children/0/allocatedWorker", NullNode.getInstance())),
                Arguments.of("open assessment", set(fullExample(), "/children/0/assessments/0/completed", NullNode.getInstance())),
                Arguments.of("worker in post", set(fullExample(), "/workforce/workers/0/left", NullNode.getInstance())),
                Arguments.of("ended placement", set(fullExample(), "/children/0/careEpisodes/0/placements/0/end", text("2011-03-15"))),
                Arguments.of("quoted false as an allegation outcome", set(fullExample(), "/lado/allegations/0/outcome", text("false"))),
                Arguments.of("year of birth instead of date", set(removed(fullExample(), "/children/0/dateOfBirth"), "/children/0/yearOfBirth", IntNode.valueOf(2005))),
                Arguments.of("a directory's part: children only", directoryPart),
                Arguments.of("only the version", JsonNodeFactory.instance.objectNode().put("schemaVersion", 1)));
    }

    // ---- helpers

    private static Arguments invalid(String why, JsonNode doc, String expected) {
        return Arguments.of(why, doc, expected);
    }

    private static TextNode text(String s) {
        return TextNode.valueOf(s);
    }

    private static ObjectNode set(ObjectNode doc, String pointer, JsonNode value) {
        JsonPointer p = JsonPointer.compile(pointer);
        ((ObjectNode) doc.at(p.head())).set(p.last().getMatchingProperty(), value);
        return doc;
    }

    private static ObjectNode removed(ObjectNode doc, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        ((ObjectNode) doc.at(p.head())).remove(p.last().getMatchingProperty());
        return doc;
    }

    /** Renames the key at {@code pointer}, keeping its value. */
    private static ObjectNode renamed(ObjectNode doc, String pointer, String newName) {
        JsonPointer p = JsonPointer.compile(pointer);
        ObjectNode parent = (ObjectNode) doc.at(p.head());
        JsonNode value = parent.remove(p.last().getMatchingProperty());
        assertNotNull(value, "no " + pointer + " in the example");
        parent.set(newName, value);
        return doc;
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                fail("only local $refs are expected: " + ref);
            }
            node = schemaNode.at(ref.substring(1));
        }
        return node;
    }

    /** Serialised fields of a model class and its superclasses, by YAML name. */
    static Map<String, Field> modelFields(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.isAnnotationPresent(JsonIgnore.class)) {
                    continue;
                }
                JsonProperty named = f.getAnnotation(JsonProperty.class);
                String name = named != null && !named.value().isEmpty() ? named.value() : f.getName();
                fields.put(name, f);
            }
        }
        return fields;
    }

    /** Every enum of the model package that implements Coded, found on the class path. */
    static List<Class<?>> codedEnums() throws IOException, URISyntaxException, ClassNotFoundException {
        URL dir = SchemaAgreementTest.class.getClassLoader().getResource(MODEL_PACKAGE.replace('.', '/'));
        assertNotNull(dir, "model package on the class path");
        assertEquals("file", dir.getProtocol(), "model classes in a directory");
        List<Class<?>> enums = new ArrayList<>();
        String[] names = new File(dir.toURI()).list((d, n) -> n.endsWith(".class") && !n.contains("$"));
        assertNotNull(names);
        for (String n : names) {
            Class<?> c = Class.forName(MODEL_PACKAGE + "." + n.substring(0, n.length() - ".class".length()));
            if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
                enums.add(c);
            }
        }
        return enums;
    }

    interface Visitor {
        void visit(JsonNode node, String path);
    }

    /** Visits every schema object node (not instance data such as enum values or defaults). */
    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (!node.isObject()) {
            return;
        }
        visitor.visit(node, path);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "properties", "patternProperties", "$defs" -> e.getValue().fields()
                        .forEachRemaining(p -> walk(p.getValue(), path + "/" + e.getKey() + "/" + p.getKey(), visitor));
                case "items", "additionalProperties" -> walk(e.getValue(), path + "/" + e.getKey(), visitor);
                case "anyOf", "oneOf", "allOf" -> {
                    ArrayNode options = (ArrayNode) e.getValue();
                    for (int i = 0; i < options.size(); i++) {
                        walk(options.get(i), path + "/" + e.getKey() + "/" + i, visitor);
                    }
                }
                default -> { }
            }
        }
    }

    private static Map<String, Set<String>> sorted(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        m.forEach((k, v) -> out.put(k, new TreeSet<>(v)));
        return out;
    }
}
