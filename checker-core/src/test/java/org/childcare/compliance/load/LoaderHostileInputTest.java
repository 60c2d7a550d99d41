package org.childcare.compliance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.childcare.compliance.model.LscbMeeting;
import org.junit.jupiter.api.Test;

/** Broken and hostile files: each gives one clear error naming the file, never a crash. */
class LoaderHostileInputTest extends LoaderTestSupport {

    private static final String TOP = """
            schemaVersion: 1
            authority: { name: Northfield }
            period: { start: 2010-04-01, end: 2011-03-31 }
            """;

    @Test
    void tabIndentationIsReportedWhereTheTabIs() {
        Path file = write("sa.yaml", "schemaVersion: 1\nauthority:\n  name: Northfield\n\tcode: \"999\"\n");
        assertEquals(List.of("sa.yaml:4:1: YAML syntax error: a tab character is used for indentation; indent with spaces"),
                errors(load(file)));
    }

    @Test
    void badIndentationIsReportedAtTheLineThatIsOut() {
        Path file = write("sa.yaml", TOP + "children:\n  - id: C1\n   gender: female\n");
        assertEquals(List.of("sa.yaml:6:4: YAML syntax error: bad indentation: this line does not line up with"
                + " the lines above it (the block starting at line 5)"), errors(load(file)));
    }

    @Test
    void otherSyntaxErrorsKeepSnakeYamlsWords() {
        Path file = write("sa.yaml", TOP + "evidence: [{ criterion: LEAD-01, met: true }\nindicators: {}\n");
        assertEquals(List.of("sa.yaml:5:1: YAML syntax error: the list opened with '[' at line 4, column 11 is not closed with ']'"),
                errors(load(file)));
    }

    @Test
    void billionLaughsStopsAtTheExpansionCap() {
        Path file = write("sa.yaml", TOP + """
                extensions:
                  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
                  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
                  h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
                  i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
                """);
        Loaded loaded = load(file);
        // f alone is 664,301 tokens: the first *f in g passes the cap, before the alias count does
        assertEquals(List.of("sa.yaml:11:10: extensions.g: YAML anchors and aliases copy more than 1000000 values:"
                + " they are limited to protect the checker from alias bombs; write the values out"), errors(loaded));
        assertFalse(loaded.result().ok());
    }

    @Test
    void aliasCountIsLimited() {
        Path file = write("sa.yaml", TOP + "extensions:\n  x: &x lol\n  many: [" + "*x, ".repeat(59) + "*x]\n");
        // the 51st alias: "  many: [" is 9 characters, each "*x, " 4 more
        assertEquals(List.of("sa.yaml:6:" + (10 + 50 * 4) + ": extensions.many[50]: more than 50 YAML aliases in the"
                + " file (limit maxAliases): aliases are limited to protect the checker from alias bombs;"
                + " write the values out"), errors(load(file)));
    }

    @Test
    void aliasExpansionIsCappedEvenWithFewAliases() {
        StringBuilder text = new StringBuilder(TOP).append("extensions:\n  l0: &l0 [x, x]\n");
        for (int i = 1; i <= 30; i++) {
            text.append("  l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]\n");
        }
        Loaded loaded = load(write("sa.yaml", text.toString()), LoadOptions.strict().withMaxAliases(1000));
        assertEquals(1, loaded.result().errors().size());
        assertTrue(errors(loaded).get(0).contains(": YAML anchors and aliases copy more than 1000000 values"), errors(loaded).toString());
    }

    @Test
    void ordinaryAliasesAreExpanded() {
        Path file = write("sa.yaml", TOP + """
                partnership:
                  lscb:
                    meetings:
                      - date: 2010-07-14
                        attendance: &all { police: true, health: true, education: true, probation: false, la: true }
                      - { date: 2010-10-13, attendance: *all }
                workforce:
                  workers: [{ id: &sw SW1 }]
                children:
                  - &child { id: C1, allocatedWorker: *sw, referrals: [{ date: 2010-11-02 }] }
                """);
        Loaded loaded = load(file);
        assertEquals(List.of(), errors(loaded));
        List<LscbMeeting> meetings = loaded.result().assessment().getPartnership().getLscb().getMeetings();
        assertEquals(Boolean.TRUE, meetings.get(1).getAttendance().getPolice());
        assertEquals(Boolean.FALSE, meetings.get(1).getAttendance().getProbation());
        assertEquals(8, meetings.get(1).getAttendance().sourceLine(), "located at the anchor");
        assertEquals("SW1", loaded.children().get(0).getAllocatedWorker(), "an alias of a single value");
    }

    @Test
    void aliasesToAnUnknownAnchorAreErrors() {
        Path file = write("sa.yaml", TOP + "children:\n  - { id: C1, allocatedWorker: *sw }\n");
        assertEquals(List.of("sa.yaml:5:32: children[0].allocatedWorker: unknown alias '*sw': no anchor '&sw' before it in this file"),
                errors(load(file)));
    }

    @Test
    void deepNestingStopsAtTheLimit() {
        Path file = write("sa.yaml", TOP + "extensions: { x: " + "[".repeat(60) + "]".repeat(60) + " }\n");
        Loaded loaded = load(file);
        // the top mapping is level 1, extensions level 2: the 49th list is level 51
        String path = "extensions.x" + "[0]".repeat(48);
        assertEquals(List.of("sa.yaml:4:66: " + path + ": nested more than 50 levels deep (limit maxNestingDepth)"),
                errors(loaded));
    }

    @Test
    void extremeNestingNeverOverflowsTheStack() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        for (String name : List.of("deep.yaml", "deep.json")) {
            String text = name.endsWith(".json")
                    ? "{\"schemaVersion\": 1, \"children\": " + deep + "}"
                    : TOP + "children: " + deep + "\n";
            Loaded loaded = load(write(name, text));
            assertEquals(1, loaded.result().errors().size(), name);
            assertTrue(errors(loaded).get(0).contains("nested more than 50 levels deep (limit maxNestingDepth)"),
                    errors(loaded).toString());
        }
    }

    @Test
    void oversizedDocumentIsRefusedBeforeParsing() {
        Path file = write("sa.yaml", TOP + "children:\n" + "  - { id: C1 }\n".repeat(10));
        Loaded loaded = load(file, LoadOptions.strict().withMaxDocumentBytes(100));
        assertEquals(List.of("sa.yaml:0:0: the file is 256 bytes, larger than the limit of 100 bytes (maxDocumentBytes)"),
                errors(loaded));
    }

    @Test
    void nonUtf8IsReportedAtTheFirstBadByte() {
        byte[] latin1 = (TOP + "extensions: { note: \"Caf\u00e9 visit\" }\n").getBytes(StandardCharsets.ISO_8859_1);
        Loaded loaded = load(writeBytes("sa.yaml", latin1));
        assertEquals(List.of("sa.yaml:4:25: the file is not UTF-8 text: byte 0xE9 cannot start or continue a character"
                + " here; save the file as UTF-8"), errors(loaded));
    }

    @Test
    void utf8ByteOrderMarkIsFine() {
        Loaded loaded = load(writeBytes("sa.yaml", ("\uFEFF" + TOP).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), errors(loaded));
    }

    @Test
    void emptyFiles() {
        write("d/a.yaml", "");
        write("d/b.yaml", "# nothing but a comment\n\n");
        assertEquals(List.of(
                "a.yaml:0:0: the file is empty: expected a self-assessment starting with schemaVersion: 1",
                "b.yaml:0:0: the file is empty: expected a self-assessment starting with schemaVersion: 1"),
                errors(load(dir.resolve("d"))));
    }

    @Test
    void theTopOfTheFileMustBeAMapping() {
        assertEquals(List.of("sa.yaml:1:1: expected a mapping of sections (schemaVersion, authority, period, children, …)"
                + " at the top of the file, found a list"), errors(load(write("sa.yaml", "- id: C1\n- id: C2\n"))));
    }

    @Test
    void aSecondYamlDocumentIsAnError() {
        assertEquals(List.of("sa.yaml:5:1: a second YAML document ('---') in the same file: a file holds one document;"
                + " start another file instead"), errors(load(write("sa.yaml", TOP + "---\nchildren: []\n"))));
    }

    @Test
    void controlCharactersAreLocated() {
        Path file = write("sa.yaml", TOP + "extensions: { note: \"bell\u0007\" }\n");
        assertEquals(List.of("sa.yaml:4:26: character U+0007 is not allowed in YAML; remove it"), errors(load(file)));
    }

    @Test
    void aHugeNumberIsAnErrorNotAnOverflow() {
        Path file = write("sa.yaml", TOP + "workforce: { establishment: 99999999999999999999999 }\n");
        assertEquals(List.of("sa.yaml:4:29: workforce.establishment: the number 99999999999999999999999 is too large"),
                errors(load(file)));
    }
}
