package org.childcare.compliance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.PreviousFigure;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: report assembly, the previous self-assessment, the gate and the exit code. */
class CheckerTest {
    @TempDir Path dir;

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String assessment(String name, String period, String extra) {
        String[] years = period.split("/");
        return "schemaVersion: 1\n"
                + "authority: { name: " + name + ", code: \"999\" }\n"
                + "period: { start: " + years[0] + "-04-01, end: " + years[1] + "-03-31 }\n" + extra;
    }

    @Test
    void assemblesTheReportOfInterfacesMd() throws Exception {
        Path sa = write("2011-12/self-assessment.yaml", assessment("Northfield", "2011/2012",
                "benchmarks:\n  CP-01: { national: 66, statisticalNeighbours: 70 }\n"));
        FakeEvaluation fake = new FakeEvaluation().measure("Northfield", "ASM-02", 99, 40).measure("Northfield", "CP-01", 70, 8)
                .measure("Northfield", "CP-03", 96, 30).measure("Northfield", "WF-01", 16, 12);
        CheckResult result = new Checker(fake).check(CheckRequest.of(sa), GateOptions.defaults());
        Report r = result.report();
        assertEquals(1, r.formatVersion());
        assertEquals(new Report.Authority("Northfield", "999"), r.authority());
        assertEquals(new Report.Period(LocalDate.of(2011, 4, 1), LocalDate.of(2012, 3, 31)), r.period());
        assertEquals(LocalDate.of(2012, 3, 31), r.asAt(), "asAt defaults to the end of the period");
        assertEquals("slac-2009", r.framework());
        assertEquals("full", r.profile());
        assertEquals(Map.of("CP-01.maxWorkingDays", 12.0), r.rules().overrides());
        assertNull(r.rules().directory());
        assertNull(r.previous());
        assertEquals(List.of("ASM-02", "CP-01", "CP-03", "SUP-01", "WF-01"), r.criteria().stream().map(CriterionResult::id).toList());

        CriterionResult cp01 = r.criteria().get(1);
        assertEquals("graded", cp01.status());
        assertEquals(70.0, cp01.measure());
        assertEquals(3, cp01.grade());
        assertEquals("Adequate", cp01.word());
        assertTrue(cp01.smallNumbers());
        assertEquals(66.0, cp01.benchmark().getNational());
        assertEquals(List.of("QOP"), cp01.areas());
        assertEquals("90 / 75 / 60", cp01.bands());
        assertEquals("3m", cp01.timescale());
        assertEquals(1.7, cp01.weight());
        assertTrue(cp01.inProfile());
        assertNull(cp01.previous());

        CriterionResult sup01 = r.criteria().get(3);
        assertEquals("insufficient-evidence", sup01.status());
        assertNull(sup01.grade());

        assertEquals(List.of("OVERALL", "CAP", "SAFE", "QOP", "LEAD", "PMQA", "LAC-OVERALL", "LAC-CAP", "LAC-LEAD", "LAC-PMQA"),
                r.judgements().stream().map(AreaJudgement::area).toList());
        assertEquals(List.of(new AreaForImprovement("3m", "CP-01", "improve the timeliness of initial child protection conferences",
                List.of("QOP"), false)), r.areasForImprovement());
        assertTrue(r.gate().passed());
        assertEquals(0, result.exitCode());
        assertTrue(result.passed());
    }

    @Test
    void aFailedGateIsExitCodeOne() throws Exception {
        Path sa = write("sa.yaml", assessment("Northfield", "2011/2012", ""));
        FakeEvaluation fake = new FakeEvaluation().critical("Northfield", "CP-03", 96, 2);
        CheckResult result = new Checker(fake).check(CheckRequest.of(sa), GateOptions.defaults());
        assertEquals(List.of("area OVERALL graded Inadequate", "area SAFE graded Inadequate", "2 critical findings (CP-03)"),
                result.report().gate().reasons());
        assertEquals(1, result.exitCode());
        assertEquals(new AreaForImprovement("immediately", "CP-03", "visit every child on a plan at least every 10 working days",
                List.of("SAFE"), true), result.report().areasForImprovement().get(0));
        assertEquals(0, new Checker(fake).check(CheckRequest.of(sa), GateOptions.never()).exitCode());
    }

    @Test
    void thePreviousSelfAssessmentGivesTrendsAndMovesCapacity() throws Exception {
        write("2010-11/self-assessment.yaml", assessment("Northfield 2010", "2010/2011", "asAt: 2011-06-30\n"));
        Path sa = write("2011-12/self-assessment.yaml", assessment("Northfield", "2011/2012", "previous: ../2010-11/self-assessment.yaml\n"));
        FakeEvaluation fake = new FakeEvaluation()
                .measure("Northfield 2010", "CP-01", 95, 40).measure("Northfield 2010", "WF-01", 17, 40)
                .measure("Northfield 2010", "SUP-01", 90, 40).measure("Northfield 2010", "ASM-02", 99, 40)
                .measure("Northfield", "CP-01", 70, 40).measure("Northfield", "WF-01", 17, 40)
                .measure("Northfield", "SUP-01", 90, 40).measure("Northfield", "ASM-02", 99, 40);
        CheckResult result = new Checker(fake).check(CheckRequest.of(sa).withRules(dir.resolve("rules")),
                GateOptions.defaults().withFailOnRegression(true));
        assertEquals(2, fake.requests.size());
        CheckRequest earlier = fake.requests.get(1);
        assertEquals(dir.resolve("2010-11/self-assessment.yaml"), earlier.selfAssessment());
        assertEquals(dir.resolve("rules"), earlier.rulesDirectory(), "the same rules");
        assertEquals("slac-2009", earlier.framework(), "the current framework");
        assertEquals("full", earlier.profile(), "the current profile");

        Report r = result.report();
        assertEquals(new Report.PreviousPeriod(new Report.Period(LocalDate.of(2010, 4, 1), LocalDate.of(2011, 3, 31)),
                LocalDate.of(2011, 6, 30)), r.previous());
        CriterionResult cp01 = r.criteria().stream().filter(c -> c.id().equals("CP-01")).findFirst().orElseThrow();
        assertEquals(new PreviousFigure(95.0, 1, "Outstanding"), cp01.previous());
        assertEquals("declined", cp01.trend());
        CriterionResult cp03 = r.criteria().stream().filter(c -> c.id().equals("CP-03")).findFirst().orElseThrow();
        assertEquals(new PreviousFigure(null, null, null), cp03.previous(), "not measured in either period");
        assertNull(cp03.trend());
        // capacity from the mean of LEAD (WF-01 Good) and PMQA (SUP-01 Good): 2, Good; of the 4 criteria graded in
        // both periods 3 held and CP-01 declined: down − up = 1 reaches n/4 = 1 → one grade worse, Adequate
        AreaJudgement cap = r.judgements().stream().filter(j -> j.area().equals("CAP")).findFirst().orElseThrow();
        assertEquals(3, cap.grade());
        assertEquals(2, cap.previous().grade());
        assertEquals(List.of("CP-01 declined from Outstanding to Adequate"), r.gate().reasons());
        assertEquals(1, result.exitCode());
        assertNotNull(result.previous());
    }

    @Test
    void aPreviousDeclaredInADirectoryIsRelativeToThatDirectory() throws Exception {
        write("sa/2010-11/self-assessment.yaml", assessment("Old", "2010/2011", ""));
        write("sa/2011-12/self-assessment.yaml", assessment("New", "2011/2012", "previous: ../2010-11/\n"));
        FakeEvaluation fake = new FakeEvaluation();
        new Checker(fake).check(CheckRequest.of(dir.resolve("sa/2011-12")), GateOptions.defaults());
        assertEquals(dir.resolve("sa/2010-11"), fake.requests.get(1).selfAssessment());
        assertEquals(Path.of("a/b/../old.yaml").normalize(), SelfAssessmentLoader.resolvePrevious(Path.of("a/b/new.yaml"), "../old.yaml"));
        assertEquals(Path.of("old.yaml"), SelfAssessmentLoader.resolvePrevious(Path.of("new.yaml"), "old.yaml"));
    }

    @Test
    void aMissingPreviousIsAnInputError() throws Exception {
        Path sa = write("2011-12/self-assessment.yaml", assessment("Northfield", "2011/2012", "previous: ../2009-10/\n"));
        InputException e = assertThrows(InputException.class,
                () -> new Checker(new FakeEvaluation()).check(CheckRequest.of(sa), GateOptions.defaults()));
        InputProblem p = e.problems().get(0);
        assertEquals("previous", p.path());
        assertEquals("previous self-assessment '../2009-10/' not found (looked for " + dir.resolve("2009-10") + ")", p.message());
    }

    @Test
    void aPreviousThatIsTheSelfAssessmentItselfIsAnInputError() throws Exception {
        Path sa = write("sa.yaml", assessment("Northfield", "2011/2012", "previous: sa.yaml\n"));
        InputException e = assertThrows(InputException.class,
                () -> new Checker(new FakeEvaluation()).check(CheckRequest.of(sa), GateOptions.defaults()));
        assertEquals("previous self-assessment 'sa.yaml' is this self-assessment", e.problems().get(0).message());
    }

    @Test
    void errorsInThePreviousSelfAssessmentNameItsFile() throws Exception {
        Path old = write("2010-11/self-assessment.yaml", "schemaVersion: 1\nauthority: { name: Old }\nperiodd: {}\n");
        Path sa = write("2011-12/self-assessment.yaml", assessment("New", "2011/2012", "previous: ../2010-11/self-assessment.yaml\n"));
        InputException e = assertThrows(InputException.class,
                () -> new Checker(new FakeEvaluation()).check(CheckRequest.of(sa), GateOptions.defaults()));
        assertFalse(e.problems().isEmpty());
        for (InputProblem p : e.problems()) {
            assertTrue(Path.of(p.file()).normalize().equals(old) || Path.of(p.file()).startsWith(old.getParent()), p.toString());
            assertTrue(p.message().startsWith("(previous self-assessment) "), p.toString());
        }
    }

    @Test
    void theProfileAndFrameworkOfTheRequestWin() throws Exception {
        Path sa = write("sa.yaml", assessment("Northfield", "2011/2012", "framework: slac-2009\n"));
        FakeEvaluation fake = new FakeEvaluation().measure("Northfield", "CP-01", 70, 40).measure("Northfield", "SUP-01", 90, 40);
        Report r = new Checker(fake).check(CheckRequest.of(sa).withFramework("ilacs-2023").withProfile("unannounced-cra"),
                GateOptions.defaults()).report();
        assertEquals("ilacs-2023", r.framework());
        assertEquals("unannounced-cra", r.profile());
        assertEquals(List.of("OVERALL", "HELP", "LEADERS"), r.judgements().stream().map(AreaJudgement::area).toList());
        assertEquals("Requires improvement to be good", r.judgements().get(1).word());
    }
}
