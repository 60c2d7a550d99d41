package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.imports.ImportWriter;
import org.childcare.compliance.report.ConsoleSummary;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.format.ReportFormat;
import org.childcare.compliance.report.format.ReportFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names never pass: the workbook's Allocated Worker and Allocated Personal Advisor columns (and its
 * postcode) reach no output of a check of it, in any report format, the console, or the YAML
 * {@code compliance:import} writes; the workers are pseudonymous ids instead.
 */
class AnnexANamesNeverPassTest {
    private static final Path WORKBOOK_DIR = Path.of("src/test/resources/returns/annex-a");
    /** Every fragment of a name or postcode in the workbook (see its test in checker-core). */
    private static final List<String> NAMES = List.of("rowan", "fictitious", "morwenna", "placeholder", "tamsin",
            "dummyname", "ifor", "madeup", "gwendolyn", "notreal", "nf1 2ab");

    @TempDir
    Path tmp;

    @Test
    void noNameReachesAnyReportTheConsoleOrTheImport() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CheckResult result;
        ImportWriter.Written imported;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            CheckRequest request = CheckRequest.of(WORKBOOK_DIR).withPseudonymKey(tmp.resolve("pseudonym.key"));
            result = new Checker().check(request, GateOptions.defaults());
            imported = ImportWriter.write(WORKBOOK_DIR, tmp.resolve("imported"), request.loadOptions());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertTrue(result.evaluated().load().ok(), () -> result.evaluated().load().errors().toString());
        assertTrue(imported.load().ok());

        List<String> texts = new ArrayList<>();
        texts.add(captured.toString(StandardCharsets.UTF_8));
        texts.add(String.join("\n", ConsoleSummary.lines(result.report(), List.of())));
        for (ReportFormat format : ReportFormats.all()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            format.write(result.report(), bytes);
            texts.add(format.name() + ":" + bytes.toString(StandardCharsets.UTF_8));
        }
        try (Stream<Path> files = Files.walk(tmp.resolve("imported"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.add(f + ":" + Files.readString(f));
            }
        }
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String name : NAMES) {
                assertTrue(!lower.contains(name), () -> "'" + name + "' reached " + text.substring(0, Math.min(80, text.length())));
            }
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("W-")), "the workers are there, as pseudonymous ids");
        // the workbook's latest visit makes CP-03 the inspector's question on the day
        CriterionResult cp03 = result.report().criteria().stream().filter(c -> c.id().equals("CP-03")).findFirst().orElseThrow();
        assertEquals("graded", cp03.status());
        assertEquals(List.of("annex-a"), cp03.sources(), "a workbook of several lists is one source");
    }
}
