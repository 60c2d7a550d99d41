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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.ConsoleSummary;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/northfield-returns: its returns and audit are exactly what {@link NorthfieldReturnsExample}
 * writes from the YAML example's children, and checking it grades each criterion from the returns or
 * the audit, or says which data it lacks.
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
    void everyCriterionIsGradedFromTheReturnsOrTheAuditOrSaysWhatItLacks() throws Exception {
        CheckResult result = new Checker().check(CheckRequest.of(EXAMPLE.resolve("self-assessment")), GateOptions.defaults());
        Report report = result.report();
        assertTrue(result.evaluated().load().ok(), () -> result.evaluated().load().errors().toString());
        int fromReturns = 0;
        int fromAudit = 0;
        for (CriterionResult c : report.criteria()) {
            if (c.status().equals("graded")) {
                boolean returns = c.sources().stream().anyMatch(s -> s.startsWith("ssda903") || s.startsWith("cin"));
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
        for (String id : List.of("CP-05", "LAC-01", "REF-01")) {
            CriterionResult c = report.criteria().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertEquals("insufficient-evidence", c.status(), id + ": not in the returns nor the audit");
            assertTrue(!c.missing().reasons().isEmpty(), id);
        }
        assertTrue(report.gate().passed(), () -> "the example passes the default gate: " + report.gate().reasons());

        String console = String.join("\n", ConsoleSummary.lines(report, List.of()));
        assertTrue(console.contains("Statutory returns read (8 files)"), console);
        assertTrue(console.contains("export (3).csv"), console);
        assertTrue(console.contains("cin_census_2011.xml"), console);
    }
}
