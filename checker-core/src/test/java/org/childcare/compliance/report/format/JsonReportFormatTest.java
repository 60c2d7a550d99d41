package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.Test;

class JsonReportFormatTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** The keys interfaces.md shows, per object. */
    static final Set<String> TOP = Set.of("formatVersion", "authority", "period", "asAt", "framework", "profile", "rules",
            "gate", "records", "judgements", "criteria", "areasForImprovement", "quarantine");
    static final Set<String> JUDGEMENT = Set.of("area", "title", "grade", "word", "status", "criteria", "limitedEvidence", "critical");
    static final Set<String> CRITERION = Set.of("id", "title", "areas", "status", "population", "met", "measure", "source",
            "declared", "grade", "word", "smallNumbers", "benchmark", "previous", "findings", "missing");
    static final Set<String> FINDING = Set.of("subject", "record", "file", "line", "message", "critical");

    private static JsonNode json(Report report) throws Exception {
        return PLAIN.readTree(Outputs.bytes(new JsonReportFormat(), report));
    }

    @Test
    void hasEveryKeyOfInterfacesMd() throws Exception {
        JsonNode root = json(ReportFixtures.northfield());
        assertHas(root, TOP, "report");
        assertHas(root.get("authority"), Set.of("name", "code"), "authority");
        assertHas(root.get("period"), Set.of("start", "end"), "period");
        assertHas(root.get("rules"), Set.of("version", "overrides"), "rules");
        assertHas(root.get("gate"), Set.of("passed", "reasons"), "gate");
        assertHas(root.get("records"), Set.of("read", "evaluated", "quarantined"), "records");
        root.get("judgements").forEach(j -> assertHas(j, JUDGEMENT, "judgement " + j.get("area")));
        root.get("criteria").forEach(c -> {
            assertHas(c, CRITERION, "criterion " + c.get("id"));
            c.get("findings").forEach(f -> assertHas(f, FINDING, "finding of " + c.get("id")));
        });
        root.get("areasForImprovement").forEach(a -> assertHas(a, Set.of("timescale", "criterion", "action"), "area for improvement"));
        root.get("quarantine").forEach(q -> assertHas(q, Set.of("file", "line", "subject", "reason"), "quarantined record"));

        assertEquals(1, root.get("formatVersion").asInt());
        assertEquals("2010-04-01", root.at("/period/start").asText(), "dates are ISO");
        assertEquals("2011-09-12", root.get("asAt").asText());
        assertEquals(10.0, root.at("/rules/overrides/CP-03.maxIntervalWorkingDays").asDouble());
        JsonNode cp01 = criterion(root, "CP-01");
        assertEquals(46.7, cp01.get("measure").asDouble());
        assertEquals(66.0, cp01.at("/benchmark/national").asDouble());
        assertEquals(40.1, cp01.at("/previous/measure").asDouble(), "the previous period is carried");
        assertEquals(4, cp01.at("/previous/grade").asInt());
        assertEquals("children/team-a.yaml", cp01.at("/findings/0/file").asText());
        assertEquals(120, cp01.at("/findings/0/line").asInt());
        assertEquals(Set.of("national", "statisticalNeighbours"), names(cp01.get("benchmark")),
                "a benchmark shows its figures only");
        assertEquals(Set.of("national"), names(criterion(root, "CL-03").get("benchmark")), "no null figure in a benchmark");

        JsonNode eqd = criterion(root, "EQD-01");
        assertEquals("insufficient-evidence", eqd.get("status").asText());
        assertTrue(eqd.get("grade").isNull(), "grade is null when not graded");
        assertTrue(eqd.get("word").isNull());
        assertTrue(eqd.get("measure").isNull());
        assertEquals(2, eqd.at("/missing/needs").size(), "missing lists the data that would let it be graded");
        assertEquals(38, eqd.at("/missing/records").asLong());
        assertEquals(38, eqd.at("/missing/reasons/assessment not audited for equality and diversity").asLong());
        JsonNode cp03 = criterion(root, "CP-03");
        assertEquals(12, cp03.get("partialHistory").asLong(), "records judged on a history known from a date");
        assertEquals(Set.of("history known from 2011-06-01", "no visits recorded"), names(cp03.at("/missing/reasons")),
                "a graded criterion still says which records were left out, and why");
        JsonNode eqdArea = root.get("judgements").get(9);
        assertEquals("EQD", eqdArea.get("area").asText());
        assertTrue(eqdArea.get("grade").isNull());
        assertEquals("2009-04-01", root.at("/previous/period/start").asText());
    }

    @Test
    void keysAreSortedAtEveryLevel() throws Exception {
        for (Report report : List.of(ReportFixtures.northfield(), ReportFixtures.ilacsFocusedVisit(), ReportFixtures.hostile())) {
            List<String> unsorted = new ArrayList<>();
            checkSorted(json(report), "$", unsorted);
            assertEquals(List.of(), unsorted);
        }
    }

    @Test
    void parsesBackIntoTheModelAndWritesTheSameBytes() throws Exception {
        byte[] written = Outputs.bytes(new JsonReportFormat(), ReportFixtures.northfield());
        Report read = JsonSupport.MAPPER.readValue(written, Report.class);
        assertEquals(ReportFixtures.northfield().criteria().size(), read.criteria().size());
        assertArrayEquals(written, Outputs.bytes(new JsonReportFormat(), read));
    }

    @Test
    void isPrettyPrintedWithTwoSpacesAndNoSpaceBeforeColons() {
        String text = Outputs.text(new JsonReportFormat(), ReportFixtures.northfield());
        assertTrue(text.startsWith("{\n  \"areasForImprovement\": [\n    {\n      \"action\": "), text.substring(0, 80));
        assertTrue(text.contains("\"findings\": [],"), "empty arrays are []");
        assertTrue(text.contains("\"parts\": {},"), "empty objects are {}");
    }

    @Test
    void hostileStringsRoundTrip() throws Exception {
        JsonNode root = json(ReportFixtures.hostile());
        List<String> values = new ArrayList<>();
        strings(root, values);
        String all = String.join("\n", values);
        for (String hostile : ReportFixtures.HOSTILE) {
            assertTrue(all.contains(hostile), "the data is written as it is: " + hostile);
        }
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
        node.fieldNames().forEachRemaining(out::add);
    }

    private static JsonNode criterion(JsonNode root, String id) {
        for (JsonNode c : root.get("criteria")) {
            if (id.equals(c.get("id").asText())) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + id);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertHas(JsonNode node, Set<String> keys, String what) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(names(node));
        assertEquals(Set.of(), missing, what + " lacks keys of interfaces.md");
    }

    private static void checkSorted(JsonNode node, String path, List<String> unsorted) {
        if (node.isObject()) {
            String last = null;
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (last != null && last.compareTo(name) > 0) {
                    unsorted.add(path + ": " + last + " before " + name);
                }
                last = name;
                checkSorted(node.get(name), path + "." + name, unsorted);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkSorted(node.get(i), path + "[" + i + "]", unsorted);
            }
        }
    }
}
