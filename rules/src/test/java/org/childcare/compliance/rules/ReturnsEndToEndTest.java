package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.childcare.compliance.check.InputException;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.ConsoleSummary;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.Report;
import org.childcare.compliance.report.format.HtmlReportFormat;
import org.junit.jupiter.api.Test;

/**
 * Statutory returns read beside a YAML header, merged with YAML audit data child by child, and
 * judged by the same rules (sources.md).
 */
class ReturnsEndToEndTest {
    private static final Path RETURNS = Path.of("src/test/resources/returns");

    private static Map<String, CriterionResult> criteria(Report r) {
        return r.criteria().stream().collect(Collectors.toMap(CriterionResult::id, c -> c));
    }

    @Test
    void aCensusAndAYamlAuditOfOneOfItsPlansAreJudgedAsOne() throws Exception {
        CheckResult result = new Checker().check(CheckRequest.of(RETURNS.resolve("cin-with-audit")), GateOptions.defaults());
        Report r = result.report();
        assertTrue(result.evaluated().load().ok(), () -> result.evaluated().load().errors().toString());
        assertEquals(3, r.records().read(), "three children in the census; the audit's C100 is one of them");
        Map<String, CriterionResult> c = criteria(r);
        // CP-06: the census's review conferences. C100's plan from its conference of 2023-05-20: in time.
        // C300's plan began 2022-11-01, before the census year: its history is known from 2023-04-01, the
        // start of the period too, so nothing judged is partial: its review of 2023-05-01 and its end on
        // 2023-09-30, five months later, are in time
        assertEquals("graded", c.get("CP-06").status());
        assertEquals(2, c.get("CP-06").met());
        assertEquals(0, c.get("CP-06").partialHistory());
        // CP-07: the plan content comes from the YAML audit of the census's plan
        assertEquals(1, c.get("CP-07").population());
        assertEquals(0, c.get("CP-07").met(), "contingency: false");
        // CP-03: the census carries no visits: missing, never a breach
        assertEquals("insufficient-evidence", c.get("CP-03").status());
        assertEquals(0, c.get("CP-03").findingsTotal());
        Report.SourceSummary census = r.sources().get(0);
        assertEquals("cin_census_2024.xml", census.file());
        assertEquals("cin-census", census.kind());
        assertEquals(3, census.children());
        assertTrue(census.criteria().contains("CP-01"), census.criteria()::toString);
    }

    @TempDir
    Path tmp;

    /** The SSDA903 return with C2's episode given an RNE code no year ever had. */
    private Path returnWithABadRow() throws Exception {
        Path dir = tmp.resolve("bad");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(RETURNS.resolve("ssda903-only"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path episodes = dir.resolve("export (3).csv");
        Files.writeString(episodes, Files.readString(episodes).replace("\"C2\",\"15/02/2023\",\"T\"", "\"C2\",\"15/02/2023\",\"Q\""));
        return dir;
    }

    @Test
    void aMalformedRowIsAnInputErrorAtItsCellAndNothingIsJudged() throws Exception {
        InputException e = assertThrows(InputException.class,
                () -> new Checker().check(CheckRequest.of(returnWithABadRow()), GateOptions.defaults()));
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().startsWith("export (3).csv:5:3: RNE 'Q' is not a reason for new episode")),
                e.problems()::toString);
    }

    @Test
    void inLenientModeAMalformedRowQuarantinesItsChildAndTheRestAreJudged() throws Exception {
        CheckResult result = new Checker().check(CheckRequest.of(returnWithABadRow()).withLenient(true), GateOptions.defaults());
        Report r = result.report();
        assertEquals(1, r.records().quarantined());
        assertEquals("C2", r.quarantine().get(0).subject());
        assertEquals("export (3).csv", r.quarantine().get(0).file());
        assertEquals(r.records().read(), r.records().evaluated() + r.records().quarantined());
        assertEquals("graded", criteria(r).get("LAC-03").status(), "the other children are judged");
    }

    @Test
    void anSsda903ReturnAloneGradesWhatItCarriesAndSaysWhatIsMissing() throws Exception {
        CheckResult result = new Checker().check(CheckRequest.of(RETURNS.resolve("ssda903-only")), GateOptions.defaults());
        Report r = result.report();
        assertTrue(result.evaluated().load().ok(), () -> result.evaluated().load().errors().toString());
        Map<String, CriterionResult> c = criteria(r);
        assertEquals("graded", c.get("LAC-03").status(), "reviews are in the return");
        assertTrue(c.get("LAC-03").sources().stream().allMatch(k -> k.startsWith("ssda903")), c.get("LAC-03").sources()::toString);
        for (String id : List.of("LAC-01", "CP-03", "CP-05", "ASM-03")) {
            assertEquals("insufficient-evidence", c.get(id).status(), id + ": not in an SSDA903 return");
            assertEquals(0, c.get(id).findingsTotal(), id);
        }
        List<String> unused = r.sources().stream().filter(s -> !s.used()).map(Report.SourceSummary::file).toList();
        assertEquals(List.of("ad1.csv", "sw.csv"), unused, "recognised and reported as not used by any criterion");
        assertEquals(r.records().read(), r.records().evaluated() + r.records().quarantined());

        // the console and the HTML say the same: each file, what it fed, and what no criterion used
        String console = String.join("\n", ConsoleSummary.lines(r, List.of()));
        assertTrue(console.contains("Statutory returns read (9 files)"), console);
        assertTrue(console.contains("    ad1.csv: ssda903-"), console);
        assertTrue(console.contains("not used by any criterion"), console);
        assertTrue(console.lines().anyMatch(l -> l.contains("903_reviews_2024.csv") && l.contains("fed LAC-04")), console);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReportFormat().write(r, html);
        String page = html.toString(StandardCharsets.UTF_8);
        assertTrue(page.contains("Statutory returns read"), "the HTML lists the returns");
        assertTrue(page.contains("903_reviews_2024.csv"));
    }
}
