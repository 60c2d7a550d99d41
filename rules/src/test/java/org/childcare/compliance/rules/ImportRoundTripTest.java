package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.imports.ImportWriter;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code compliance:import} writes what the checker read as format v1 YAML; checking that YAML must
 * give the same judgements, criterion figures, grades and areas for improvement as checking the
 * original files. Only the sources and the findings' locations differ.
 */
class ImportRoundTripTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/returns/cin-with-audit", "src/test/resources/returns/ssda903-only",
            "src/test/resources/returns/annex-a", "src/test/resources/checker/northfield/2011-12/self-assessment.yaml",
            "../examples/northfield/self-assessment", "../examples/northfield-returns/self-assessment"})
    void checkingTheImportedYamlGivesTheSameJudgements(String input) throws Exception {
        Path original = Path.of(input);
        Path imported = tmp.resolve("imported");
        CheckRequest request = CheckRequest.of(original).withPseudonymKey(tmp.resolve("pseudonym.key"));
        ImportWriter.Written written = ImportWriter.write(original, imported, request.loadOptions());
        assertTrue(written.load().ok(), () -> written.load().errors().toString());
        assertTrue(Files.exists(imported.resolve("authority.yaml")));

        Report before = new Checker().check(request, GateOptions.defaults()).report();
        CheckResult after = new Checker().check(CheckRequest.of(imported), GateOptions.defaults());
        assertTrue(after.evaluated().load().ok(), () -> "the imported YAML does not load: " + after.evaluated().load().errors());
        Report again = after.report();

        assertEquals(figures(before), figures(again), "criterion by criterion");
        assertEquals(judgements(before), judgements(again));
        assertEquals(before.areasForImprovement(), again.areasForImprovement());
        assertEquals(before.records().evaluated(), again.records().evaluated());
    }

    private static List<String> figures(Report r) {
        List<String> out = new ArrayList<>();
        for (CriterionResult c : r.criteria()) {
            out.add(c.id() + " " + c.status() + " population " + c.population() + " met " + c.met() + " notYetDue "
                    + c.notYetDue() + " measure " + c.measure() + " grade " + c.grade() + " findings " + c.findingsTotal()
                    + " critical " + c.critical() + " missing " + c.missing().reasons() + " partial " + c.partialHistory());
        }
        return out;
    }

    private static List<String> judgements(Report r) {
        return r.judgements().stream().map(j -> j.area() + " " + j.grade() + " " + j.limitedEvidence()).toList();
    }
}
