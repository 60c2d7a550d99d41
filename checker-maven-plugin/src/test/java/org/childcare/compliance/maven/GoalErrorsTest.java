package org.childcare.compliance.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.engine.RuleProblem;
import org.childcare.compliance.load.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the goals report what stops them, without Maven running: input and rule errors are printed
 * one a line where they are (file:line:column) and stop the build as errors (BUILD ERROR, not a
 * failed gate), and {@code skip} does nothing but say so. The validate goal is run for real on
 * small files, since it needs nothing from Maven but its parameters.
 */
class GoalErrorsTest {
    private static final String VALID = """
            schemaVersion: 1
            authority: { name: Testshire County Council, code: "998" }
            period: { start: 2011-04-01, end: 2012-03-31 }
            children:
              - { id: C1, dateOfBirth: 2000-01-01 }
            """;

    private static ValidateMojo validate(Path selfAssessment, RecordingLog log) {
        ValidateMojo mojo = new ValidateMojo();
        mojo.setLog(log);
        mojo.selfAssessment = selfAssessment.toFile();
        mojo.rulesCache = "none";
        return mojo;
    }

    @Test
    void inputErrorsAreListedWhereTheyAreAndStopTheBuildAsAnError() {
        RecordingLog log = new RecordingLog();
        ValidateMojo mojo = new ValidateMojo();
        mojo.setLog(log);
        MojoExecutionException error = mojo.inputFailure(new InputException(List.of(
                new InputProblem("children/a.yaml", 12, 7, "children[3].dateOfBirth", "'2000-02-30' is not a date"),
                new InputProblem("authority.yaml", 2, 1, "", "missing required section 'period'"))));

        assertEquals("Input errors in the self-assessment (2), first: children/a.yaml:12:7: children[3].dateOfBirth: "
                + "'2000-02-30' is not a date", error.getMessage());
        assertEquals(List.of("[ERROR] The self-assessment has 2 input errors; nothing was judged:",
                "[ERROR] children/a.yaml:12:7: children[3].dateOfBirth: '2000-02-30' is not a date",
                "[ERROR] authority.yaml:2:1: missing required section 'period'"), log.lines);
        // the message is the build's, not a wrapped exception with a stack trace of ours
        assertNull(error.getCause());
    }

    @Test
    void ruleErrorsAreListedWhereTheyAreAndStopTheBuildAsAnError() {
        RecordingLog log = new RecordingLog();
        ValidateMojo mojo = new ValidateMojo();
        mojo.setLog(log);
        MojoExecutionException error = mojo.ruleFailure(new RuleException(List.of(
                new RuleProblem("rules/child-protection.drl", 41, "unable to resolve method using strict-mode: visitz()"))));

        assertEquals("Rule errors, first: rules/child-protection.drl:41: unable to resolve method using strict-mode: visitz()",
                error.getMessage());
        assertEquals(List.of("[ERROR] The rules could not be compiled (1 problem):",
                "[ERROR] rules/child-protection.drl:41: unable to resolve method using strict-mode: visitz()"), log.lines);
        assertNull(error.getCause());
    }

    @Test
    void validateSaysWhatItReadAndCountsTheRecords(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("assessment.yaml"), VALID);
        RecordingLog log = new RecordingLog();
        validate(file, log).execute();
        assertEquals(List.of("[INFO] Read Testshire County Council (998), 2011-04-01 to 2012-03-31, from " + file,
                "[INFO] Self-assessment is valid: 1 records read, 1 usable, 0 quarantined"), log.lines);
    }

    @Test
    void validateStopsOnAnInputErrorWithItsPlace(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("assessment.yaml"), VALID.replace("2000-01-01", "2000-02-30"));
        RecordingLog log = new RecordingLog();
        MojoExecutionException error = assertThrows(MojoExecutionException.class, () -> validate(file, log).execute());

        assertTrue(error.getMessage().startsWith("Input errors in the self-assessment (1), first: assessment.yaml:5:"),
                error.getMessage());
        assertTrue(error.getMessage().contains("children[0].dateOfBirth: '2000-02-30' is not a date"), error.getMessage());
        assertEquals("[ERROR] The self-assessment has 1 input error; nothing was judged:", log.lines.get(0));
        assertFalse(log.lines.stream().anyMatch(l -> l.contains("valid")), log.lines::toString);
    }

    @Test
    void skipSaysSoAndReadsNothing(@TempDir Path dir) throws Exception {
        // not a self-assessment at all: reading it would stop the build
        Path file = Files.writeString(dir.resolve("assessment.yaml"), "this: is not a self-assessment\n");
        RecordingLog log = new RecordingLog();
        ValidateMojo mojo = validate(file, log);
        mojo.skip = true;
        mojo.execute();
        assertEquals(List.of("[INFO] Compliance check skipped (compliance.skip)"), log.lines);
    }

    @Test
    void theRulesCacheParameterNamesAFolderOrNone() {
        assertNull(RulesCache.directory(null));
        assertNull(RulesCache.directory(""));
        assertNull(RulesCache.directory("  "));
        assertNull(RulesCache.directory("none"));
        assertNull(RulesCache.directory(" NONE "));
        assertEquals(Path.of("target/compliance/rules-cache"), RulesCache.directory(" target/compliance/rules-cache "));
    }
}
