package org.childcare.compliance.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.childcare.compliance.catalogue.Timescale;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.GateVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code compliance:check} decides without Maven running: how its parameters are read, which
 * kind of build stop each outcome is (a bad parameter is an error in the build's configuration, a
 * failed gate a failure of the data), and where SARIF's paths start.
 */
class CheckMojoTest {
    private static final String ALL_FORMATS = "html, json, markdown, junit, sarif";

    private static CheckMojo.Settings settings(String formats, String failOnGrade, String failOnTimescale)
            throws MojoExecutionException {
        return CheckMojo.settings(formats, failOnGrade, true, failOnTimescale, false, false);
    }

    private static String configurationError(String formats, String failOnGrade, String failOnTimescale) {
        return assertThrows(MojoExecutionException.class, () -> settings(formats, failOnGrade, failOnTimescale)).getMessage();
    }

    // ------------------------------------------------------------------ parameters

    @Test
    void theParametersDefaultsAreTheGatesDefaults() throws MojoExecutionException {
        // the defaultValue of each @Parameter in CheckMojo
        CheckMojo.Settings settings = CheckMojo.settings("html,json", "inadequate", true, "none", false, false);
        assertEquals(GateOptions.defaults(), settings.gate());
        assertEquals(List.of("html", "json"), settings.formats());
    }

    @Test
    void everyFormatIsReadWhateverTheCaseAndSpacing() throws MojoExecutionException {
        assertEquals(List.of("html", "json", "markdown", "junit", "sarif"),
                settings(" HTML,json , Markdown,junit,sarif", "inadequate", "none").formats());
        assertEquals(List.of("json"), settings("json,json", "inadequate", "none").formats());
    }

    @Test
    void everyGradeWordSetsItsThreshold() throws MojoExecutionException {
        assertEquals(4, settings("json", "Inadequate", "none").gate().failOnGrade());
        assertEquals(3, settings("json", "adequate", "none").gate().failOnGrade());
        assertEquals(3, settings("json", "requires-improvement", "none").gate().failOnGrade());
        assertEquals(2, settings("json", "good", "none").gate().failOnGrade());
        assertEquals(1, settings("json", "outstanding", "none").gate().failOnGrade());
        assertEquals(null, settings("json", "none", "none").gate().failOnGrade());
    }

    @Test
    void everyTimescaleSetsItsThreshold() throws MojoExecutionException {
        assertEquals(Timescale.IMMEDIATELY, settings("json", "none", "immediately").gate().failOnTimescale());
        assertEquals(Timescale.WITHIN_THREE_MONTHS, settings("json", "none", "3m").gate().failOnTimescale());
        assertEquals(Timescale.WITHIN_SIX_MONTHS, settings("json", "none", "6M").gate().failOnTimescale());
        assertEquals(null, settings("json", "none", "none").gate().failOnTimescale());
    }

    @Test
    void theSwitchesAreCarriedThrough() throws MojoExecutionException {
        assertEquals(new GateOptions(null, false, null, true, true),
                CheckMojo.settings("json", "none", false, "none", true, true).gate());
    }

    @Test
    void aMisspeltGradeIsAConfigurationErrorListingTheWords() {
        assertEquals("Bad plugin configuration: failOnGrade 'poor' is not one of inadequate, adequate (or "
                + "requires-improvement), good, outstanding, none", configurationError("json", "poor", "none"));
        // an empty value is not quietly read as "none", which would let a failing authority pass
        assertEquals("Bad plugin configuration: failOnGrade '' is not one of inadequate, adequate (or "
                + "requires-improvement), good, outstanding, none", configurationError("json", "", "none"));
    }

    @Test
    void aMisspeltTimescaleIsAConfigurationErrorListingTheValues() {
        assertEquals("Bad plugin configuration: failOnTimescale '3 months' is not one of immediately, 3m, 6m, none",
                configurationError("json", "inadequate", "3 months"));
    }

    @Test
    void anUnknownOrMissingFormatIsAConfigurationErrorListingTheFormats() {
        assertEquals("Bad plugin configuration: unknown report format 'pdf': valid formats are html, json, markdown, "
                + "junit, sarif", configurationError("html,pdf", "inadequate", "none"));
        assertEquals("Bad plugin configuration: unknown report formats 'pdf', 'docx': valid formats are html, json, "
                + "markdown, junit, sarif", configurationError("pdf, docx", "inadequate", "none"));
        assertEquals("Bad plugin configuration: no report format given: valid formats are html, json, markdown, junit, "
                + "sarif", configurationError(" , ", "inadequate", "none"));
        assertEquals(List.of("html", "json", "markdown", "junit", "sarif"),
                assertDoesNotThrow(() -> settings(ALL_FORMATS, "inadequate", "none")).formats());
    }

    // ------------------------------------------------------------------ the gate's verdict

    @Test
    void aPassedGateLetsTheBuildGoOn() {
        assertDoesNotThrow(() -> CheckMojo.enforce(new GateVerdict(true, List.of())));
    }

    @Test
    void aFailedGateIsABuildFailureWithEveryReason() {
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> CheckMojo.enforce(
                new GateVerdict(false, List.of("area SAFE graded Inadequate", "2 critical findings (CP-03, LAC-12)"))));
        assertEquals("Compliance gate failed: area SAFE graded Inadequate; 2 critical findings (CP-03, LAC-12)",
                failure.getMessage());
    }

    // ------------------------------------------------------------------ SARIF's source root

    @Test
    void sourceRootIsTheSelfAssessmentsFolderRelativeToTheProject(@TempDir Path project) throws IOException {
        Path folder = Files.createDirectories(project.resolve("data/self-assessment"));
        Path file = Files.writeString(folder.resolve("assessment.yaml"), "schemaVersion: 1\n");
        assertEquals("data/self-assessment", CheckMojo.sourceRoot(project.toFile(), folder.toFile()));
        assertEquals("data/self-assessment", CheckMojo.sourceRoot(project.toFile(), file.toFile()));
        assertEquals("", CheckMojo.sourceRoot(project.toFile(), project.toFile()));
    }

    @Test
    void sourceRootIsEmptyOutsideTheProjectOrWithoutOne(@TempDir Path dir) throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        assertEquals("", CheckMojo.sourceRoot(project.toFile(), elsewhere.toFile()));
        assertEquals("", CheckMojo.sourceRoot(null, new File("self-assessment")));
    }
}
