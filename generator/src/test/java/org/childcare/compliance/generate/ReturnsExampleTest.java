package org.childcare.compliance.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.ConsoleSummary;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.Report;
import org.childcare.compliance.report.format.ReportFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/northfield-returns: its returns, Annex A workbook and audit are exactly what
 * {@link NorthfieldReturnsExample} writes from the YAML example's children, and checking it grades
 * each criterion from the returns or the audit, or says which data it lacks, opens with the
 * day-of-inspection lists, and shows no worker's name.
 */
class ReturnsExampleTest {
    static final Path EXAMPLES = examplesDirectory();
    static final Path EXAMPLE = EXAMPLES.resolve("northfield-returns");

    private static Path examplesDirectory() {
        Path compiledTo;
        try {
            compiledTo = Path.of(ReturnsExampleTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (Path dir = compiledTo; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/northfield-returns/self-assessment/authority.yaml"))) {
                return dir.resolve("examples");
            }
        }
        return fail("no examples/northfield-returns/self-assessment/authority.yaml in any directory above " + compiledTo);
    }

    @Test
    void committedReturnsAreExactlyWhatTheWriterWrites(@TempDir Path tmp) throws IOException {
        NorthfieldReturnsExample.Written written = NorthfieldReturnsExample.write(
                EXAMPLES.resolve("northfield/self-assessment"), tmp);
        Set<Path> expected = new TreeSet<>();
        for (Path p : written.files()) {
            Path rel = tmp.relativize(p);
            expected.add(rel);
            Path committed = EXAMPLE.resolve(rel);
            assertTrue(Files.exists(committed), "missing " + committed + ": regenerate, see examples/northfield-returns/README.md");
            if (p.equals(written.annexA().file())) {
                // fastexcel stamps each workbook with the time it was written (docProps/core.xml), so
                // the workbook is compared cell by cell: values, kinds and formats, sheet by sheet
                assertEquals(AnnexAWriterTest.cells(p), AnnexAWriterTest.cells(committed),
                        rel + " holds other cells than NorthfieldReturnsExample writes: regenerate, see examples/northfield-returns/README.md");
                continue;
            }
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(committed),
                    rel + " differs from what NorthfieldReturnsExample writes: regenerate, see examples/northfield-returns/README.md");
        }
        Set<Path> committed = new TreeSet<>();
        try (Stream<Path> s = Files.walk(EXAMPLE.resolve("self-assessment"))) {
            s.filter(Files::isRegularFile).forEach(p -> committed.add(EXAMPLE.relativize(p)));
        }
        committed.remove(Path.of("self-assessment/authority.yaml")); // written by hand
        assertEquals(expected, committed, "files in the example that the writer no longer writes");
    }

    @Test
    void everyCriterionIsGradedFromTheReturnsOrTheAuditOrSaysWhatItLacks(@TempDir Path tmp) throws Exception {
        // a key of its own, made fresh: the test must hold whatever the pseudonyms are, and must not
        // create or read the key of the machine's user (~/.config/compliance/pseudonym.key)
        CheckResult result = new Checker().check(CheckRequest.of(EXAMPLE.resolve("self-assessment"))
                .withPseudonymKey(tmp.resolve("pseudonym.key")), GateOptions.defaults());
        Report report = result.report();
        String console = String.join("\n", ConsoleSummary.lines(report, List.of()));
        assertTrue(result.evaluated().load().ok(), () -> result.evaluated().load().errors().toString());
        int fromReturns = 0;
        int fromAudit = 0;
        for (CriterionResult c : report.criteria()) {
            if (c.status().equals("graded")) {
                boolean returns = c.sources().stream()
                        .anyMatch(s -> s.startsWith("ssda903") || s.startsWith("cin") || s.startsWith("annex-a"));
                boolean audit = c.sources().contains("yaml");
                assertTrue(returns || audit, c.id() + " graded from " + c.sources());
                fromReturns += returns ? 1 : 0;
                fromAudit += audit && !returns ? 1 : 0;
            } else {
                assertEquals("insufficient-evidence", c.status(), c.id());
                // the data it lacks: records left out for a reason, or no record of its kind at all
                assertTrue(!c.missing().reasons().isEmpty() || c.population() == 0, c.id() + " says nothing of what it lacks");
                assertEquals(0, c.findingsTotal(), c.id() + ": missing data is never a breach");
            }
        }
        assertTrue(fromReturns >= 15, fromReturns + " criteria graded from the returns");
        assertTrue(fromAudit >= 3, fromAudit + " criteria graded from the audit YAML alone");
        for (String id : List.of("CP-05", "REF-01")) {
            CriterionResult c = criterion(report, id);
            assertEquals("insufficient-evidence", c.status(), id + ": not in the returns nor the audit");
            assertTrue(!c.missing().reasons().isEmpty(), id);
        }
        // visits to children in care are in no DfE return, but Annex A's list 8 has the latest one
        CriterionResult visits = criterion(report, "LAC-01");
        assertEquals("graded", visits.status(), "LAC-01 from the Annex A workbook");

        assertTrue(report.gate().passed(), () -> "the example passes the default gate: " + report.gate().reasons());

        assertTrue(console.contains("export (3).csv"), console);
        assertTrue(console.contains("cin_census_2011.xml"), console);
        // the workbook's lists are read, and the console opens with the lists an inspector asks for first
        assertTrue(console.contains("Statutory returns read (19 files)"), console);
        for (int list : List.of(3, 4, 5, 7, 8, 9)) {
            assertTrue(console.contains("returns/" + NorthfieldReturnsExample.ANNEX_A_FILE + ": annex-a-list-" + list + ", "),
                    "list " + list + " of the workbook is not among the returns read:\n" + console);
        }
        int onTheDay = console.indexOf("ON THE DAY (as at 2011-03-31");
        assertTrue(onTheDay >= 0 && onTheDay < console.indexOf("Safeguarding services"), console);
        assertTrue(console.contains("Children in care overdue a review (LAC-03)"), console);

        // names never pass: not one of the workbook's worker names, nor a surname, in the console or the reports
        Path reports = tmp.resolve("compliance");
        ReportFormats.writeAll(report, reports, List.of("json", "html"));
        Map<String, String> outputs = new TreeMap<>(Map.of("console", console,
                "report.json", Files.readString(reports.resolve("report.json")),
                "report.html", Files.readString(reports.resolve("report.html"))));
        Map<String, String> names = NorthfieldReturnsExample.write(EXAMPLES.resolve("northfield/self-assessment"),
                tmp.resolve("written")).annexA().workerNames();
        assertTrue(names.size() >= 10, names.size() + " workers named in the workbook");
        outputs.forEach((output, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String name : names.values()) {
                String surname = name.substring(name.lastIndexOf(' ') + 1);
                assertTrue(!lower.contains(name.toLowerCase(Locale.ROOT)) && !lower.contains(surname.toLowerCase(Locale.ROOT)),
                        output + " shows a worker's name from the Annex A workbook");
            }
        });
        // and the names were read, as pseudonyms (whose values depend on the key, so none is named here):
        // list 4's workers undertook assessments, whose qualification the example's data does not give
        assertTrue(criterion(report, "ASM-04").missing().reasons().containsKey("worker not in the workforce list"),
                () -> "ASM-04 lacks " + criterion(report, "ASM-04").missing().reasons());
    }

    private static CriterionResult criterion(Report report, String id) {
        return report.criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseGet(() -> fail(id + " is not in the report"));
    }
}
