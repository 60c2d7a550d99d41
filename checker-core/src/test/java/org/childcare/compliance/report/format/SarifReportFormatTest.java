package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.Test;

class SarifReportFormatTest {
    private static final Set<String> LEVELS = Set.of("error", "warning", "note", "none");

    private static JsonNode sarif(Report report) throws Exception {
        return new ObjectMapper().readTree(Outputs.bytes(new SarifReportFormat(), report));
    }

    @Test
    void hasTheRequiredStructureOfSarif210() throws Exception {
        for (Report report : List.of(ReportFixtures.northfield(), ReportFixtures.ilacsFocusedVisit(), ReportFixtures.hostile())) {
            JsonNode log = sarif(report);
            assertEquals("2.1.0", log.get("version").asText());
            assertTrue(log.get("$schema").asText().endsWith("sarif-2.1.0.json"));
            assertEquals(1, log.get("runs").size());
            JsonNode run = log.get("runs").get(0);
            JsonNode driver = run.at("/tool/driver");
            assertEquals("compliance-checker", driver.get("name").asText());
            assertFalse(driver.has("informationUri"));
            JsonNode rules = driver.get("rules");
            assertEquals(report.criteria().size(), rules.size());
            List<String> ruleIds = new ArrayList<>();
            for (JsonNode rule : rules) {
                ruleIds.add(rule.get("id").asText());
                assertFalse(rule.at("/shortDescription/text").asText().isEmpty());
                assertFalse(rule.at("/fullDescription/text").asText().isEmpty());
                assertFalse(rule.at("/help/text").asText().isEmpty());
                assertTrue(rule.at("/properties/areas").isArray());
            }
            int findings = report.criteria().stream().mapToInt(c -> c.findings().size()).sum();
            assertEquals(findings, run.get("results").size());
            for (JsonNode result : run.get("results")) {
                int index = result.get("ruleIndex").asInt();
                assertEquals(ruleIds.get(index), result.get("ruleId").asText(), "ruleIndex points at the rule");
                assertTrue(LEVELS.contains(result.get("level").asText()));
                assertFalse(result.at("/message/text").asText().isEmpty());
                for (JsonNode location : result.path("locations")) {
                    String uri = location.at("/physicalLocation/artifactLocation/uri").asText();
                    assertFalse(uri.contains("\\") || uri.startsWith("/") || uri.contains(" ") || uri.contains("<"), uri);
                    JsonNode region = location.at("/physicalLocation/region");
                    assertTrue(region.isMissingNode() || region.get("startLine").asInt() >= 1);
                }
            }
        }
    }

    @Test
    void levelsFollowCriticalityAndGrade() throws Exception {
        JsonNode results = sarif(ReportFixtures.northfield()).at("/runs/0/results");
        List<String> seen = new ArrayList<>();
        for (JsonNode r : results) {
            seen.add(r.get("ruleId").asText() + " " + r.get("level").asText() + " " + r.at("/properties/critical").asBoolean());
        }
        assertTrue(seen.contains("CP-03 error true"), "critical findings are errors: " + seen);
        assertTrue(seen.contains("CP-03 warning false"), "other findings of an Adequate criterion are warnings: " + seen);
        assertTrue(seen.contains("CP-01 error false"), "findings of an Inadequate criterion are errors: " + seen);
        assertTrue(seen.contains("ASM-02 note false"), "findings of a Good criterion are notes: " + seen);
        assertTrue(seen.contains("SUP-01 error false"));
    }

    @Test
    void locationsAreRelativeWithALineWhenKnownAndTrendsAreCarried() throws Exception {
        JsonNode run = sarif(ReportFixtures.northfield()).at("/runs/0");
        JsonNode first = run.get("results").get(0);
        assertEquals("ASM-01", first.get("ruleId").asText());
        assertEquals("children/team-a.yaml", first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(2210, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(72.5, first.at("/properties/previous/measure").asDouble());
        assertEquals("held", first.at("/properties/trend").asText());
        JsonNode cp13 = run.at("/tool/driver/rules/7");
        assertEquals("CP-13", cp13.get("id").asText());
        assertEquals("declined", cp13.at("/properties/trend").asText());
        assertEquals(1, cp13.at("/properties/previous/grade").asInt());
        assertEquals("insufficient-evidence", run.at("/tool/driver/rules/8/properties/status").asText());
        assertEquals(2, run.at("/tool/driver/rules/8/properties/missing").size());
        assertEquals("declined", run.at("/properties/judgements/0/trend").asText(), "areas carry their trend too");
    }

    @Test
    void withTheSelfAssessmentsFolderLocationsAreRepositoryPathsForCodeScanning() throws Exception {
        JsonNode located = new ObjectMapper().readTree(Outputs.bytes(new SarifReportFormat("self-assessment\\"), ReportFixtures.northfield()))
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("self-assessment/children/team-a.yaml", located.get("uri").asText());
        assertEquals("%SRCROOT%", located.get("uriBaseId").asText());
        JsonNode atRoot = new ObjectMapper().readTree(Outputs.bytes(new SarifReportFormat("."), ReportFixtures.northfield()))
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("children/team-a.yaml", atRoot.get("uri").asText(), "a self-assessment at the root adds nothing");
        assertNull(atRoot.get("uriBaseId"));
    }

    @Test
    void urisUseForwardSlashesAndPercentEncoding() {
        assertEquals("children/team-a.yaml", SarifReportFormat.uri("children\\team-a.yaml"));
        assertEquals("children/team%20a%20%C3%A9.yaml", SarifReportFormat.uri("./children/team a é.yaml"));
        assertEquals("a/%3Cscript%3E%22x%22%25.yaml", SarifReportFormat.uri("a/<script>\"x\"%.yaml"));
        assertEquals("C%3A/data/x.yaml", SarifReportFormat.uri("C:\\data\\x.yaml"), "a drive letter cannot pass for a scheme");
        assertNull(SarifReportFormat.uri(null));
        assertNull(SarifReportFormat.uri(" "));
    }

    @Test
    void aFindingWithoutALineHasNoRegion() throws Exception {
        Report base = ReportFixtures.northfield();
        var c = base.criteria().get(0);
        var finding = new org.childcare.compliance.engine.Finding("C1", "R1", "evidence.yaml", 0, "not met", false);
        var changed = new org.childcare.compliance.report.CriterionResult(c.id(), c.title(), c.areas(), c.status(), c.population(),
                c.met(), c.measure(), c.source(), c.declared(), c.grade(), c.word(), c.smallNumbers(), c.benchmark(),
                c.previous(), List.of(finding), c.missing(), c.partialHistory(), c.notYetDue(), 1, 0, c.trend(), c.measureText(), c.bands(),
                c.reference(), c.weight(), c.limiting(), c.timescale(), c.parts(), c.explanation(), c.inProfile());
        Report report = new Report(base.formatVersion(), base.authority(), base.period(), base.asAt(), base.framework(),
                base.profile(), base.rules(), base.gate(), base.records(), base.judgements(), List.of(changed), List.of(),
                List.of(), null);
        JsonNode location = sarif(report).at("/runs/0/results/0/locations/0/physicalLocation");
        assertEquals("evidence.yaml", location.at("/artifactLocation/uri").asText());
        assertTrue(location.path("region").isMissingNode());
    }
}
