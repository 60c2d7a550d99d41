package org.childcare.compliance.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/format.md ends in the property reference of the JSON Schema as it is: rendered again here and
 * compared, byte for byte, below the hand-written part. After changing the schema, rewrite it with
 * {@code mvn -pl checker-core test -Dtest=FormatDocumentTest -Ddocs.update=true} and read the diff.
 */
class FormatDocumentTest {
    private static final Path DOCUMENT = Path.of("../docs/format.md");
    private static final String UPDATE = "mvn -pl checker-core test -Dtest=FormatDocumentTest -Ddocs.update=true";

    @Test
    void everyPropertyOfTheSchemaHasADescription() {
        assertEquals(List.of(), FormatDocument.undescribedProperties(FormatDocument.schema()),
                "schema properties without a \"description\" (docs/format.md explains each property by it)");
    }

    @Test
    void theFormatDocumentIsUpToDate() throws Exception {
        assertTrue(Files.exists(DOCUMENT), DOCUMENT.toAbsolutePath() + " is missing");
        String current = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        String rendered = FormatDocument.render(FormatDocument.handWrittenPart(current), FormatDocument.schema());
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
            current = rendered;
        }
        assertEquals(rendered, current, "docs/format.md is out of date: run " + UPDATE);
    }

    /** The property reference as rendered (the test above holds the file to it). */
    @Test
    void everyObjectOfTheSchemaHasATableListingItsProperties() {
        JsonNode schema = FormatDocument.schema();
        String document = FormatDocument.render("", schema);
        schema.path("$defs").properties().forEach(def -> {
            if (!def.getKey().equals("extensions")) {
                String title = def.getValue().path("title").asText(def.getKey());
                assertTrue(document.contains("\n### " + title + "\n"), () -> def.getKey() + " has no table headed " + title);
                def.getValue().path("properties").fieldNames().forEachRemaining(name -> {
                    if (!name.equals("extensions")) {
                        assertTrue(document.contains("| `" + name + "`"), () -> def.getKey() + "." + name + " is not in the document");
                    }
                });
            }
        });
    }

    // ---- the generator itself, on small schemas

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void aPropertyWithoutADescriptionIsNamedByItsPointer() throws Exception {
        JsonNode schema = parse("""
                {"properties": {"a": {"type": "string", "description": "An a."}, "b": {"type": "string"},
                                "extensions": {"$ref": "#/$defs/extensions"}},
                 "$defs": {"extensions": {"type": "object"},
                           "Thing": {"properties": {"c": {"type": "boolean", "description": " "},
                                                    "d": {"$ref": "#/$defs/Other"}},
                                     "patternProperties": {"^x$": {"type": "number"}}}}}
                """);
        assertEquals(List.of("#/properties/b", "#/$defs/extensions", "#/$defs/Thing/properties/c",
                "#/$defs/Thing/properties/d", "#/$defs/Thing/patternProperties/^x$"), FormatDocument.undescribedProperties(schema));
    }

    @Test
    void eachObjectGetsATableWithItsPathsRequiredMarksAndLinks() throws Exception {
        JsonNode schema = parse("""
                {"required": ["version"],
                 "properties": {
                   "version": {"description": "Required. The version.", "type": "integer", "const": 1},
                   "kids": {"description": "The kids.", "type": "array", "items": {"$ref": "#/$defs/Kid"}},
                   "extensions": {"$ref": "#/$defs/extensions"}},
                 "$defs": {
                   "extensions": {"description": "Anything.", "type": "object"},
                   "Kid": {"title": "Kid", "description": "A kid.", "required": ["id"], "properties": {
                     "id": {"description": "Required. Who.", "type": "string"},
                     "born": {"description": "Birth.", "type": ["string", "null"], "format": "date"},
                     "kind": {"description": "Kind.", "type": "string", "enum": ["a", "b"], "default": "a"},
                     "seen": {"description": "Dates seen.", "type": "array", "items": {"type": "string", "format": "date"}},
                     "score": {"description": "Score.", "type": "number", "minimum": 0, "maximum": 100},
                     "extensions": {"$ref": "#/$defs/extensions"}}}}}
                """);
        String rendered = FormatDocument.render("# Title\n\nProse.\n\n", schema);
        String expected = "# Title\n\nProse.\n\n" + FormatDocument.MARKER + "\n\n"
                + "## Property reference\n\n"
                + "One table for each kind of object, from the top level of a file down. **required** marks what must\n"
                + "be there; everything else is optional. Where a value is an object or a list of objects, its\n"
                + "name links to that object's table. \"Found at\" gives the object's paths (`[]`: each entry of a list).\n"
                + "Besides the properties listed, every object takes `extensions`: Anything.\n\n"
                + "### Top level\n\n"
                + "| property | value | description |\n|---|---|---|\n"
                + "| `version` **required** | `1` | The version. |\n"
                + "| `kids` | list of [Kid](#kid) | The kids. |\n"
                + "| `extensions` | free-form object | Anything. |\n\n"
                + "### Kid\n\n"
                + "A kid.\n\nFound at: `kids[]`.\n\n"
                + "| property | value | description |\n|---|---|---|\n"
                + "| `id` **required** | text | Who. |\n"
                + "| `born` | date or `null` | Birth. |\n"
                + "| `kind` | one of `a`, `b` (default `a`) | Kind. |\n"
                + "| `seen` | list of dates | Dates seen. |\n"
                + "| `score` | number from 0 to 100 | Score. |\n\n";
        assertEquals(expected, rendered);
    }

    @Test
    void aDocumentWithoutTheMarkerIsRefusedRatherThanOverwritten() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FormatDocument.handWrittenPart("# Format\n\nno marker here\n"));
        assertTrue(e.getMessage().contains("marker"), e.getMessage());
    }
}
