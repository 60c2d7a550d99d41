package org.childcare.compliance.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.check.Evaluated;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.ConsoleSummary;
import org.childcare.compliance.report.GateVerdict;
import org.childcare.compliance.report.Report;
import org.childcare.compliance.report.format.ReportFormats;

/**
 * Judges the self-assessment against the criteria, prints the record of main findings, writes the
 * reports and fails the build when the gate says so: {@code mvn compliance:check}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractComplianceMojo {
    /** Report formats to write: any of {@code html,json,markdown,junit,sarif}. */
    @Parameter(property = "compliance.formats", defaultValue = "html,json")
    private String formats;

    /** Where reports go: report.html, report.json, report.md, TEST-compliance.xml, report.sarif. */
    @Parameter(property = "compliance.outputDirectory", defaultValue = "${project.build.directory}/compliance")
    private File outputDirectory;

    /** Fail when any area is graded this or worse: outstanding, good, adequate (requires-improvement), inadequate, or none. */
    @Parameter(property = "compliance.failOnGrade", defaultValue = "inadequate")
    private String failOnGrade;

    /** Fail on any critical finding. */
    @Parameter(property = "compliance.failOnCritical", defaultValue = "true")
    private boolean failOnCritical;

    /** Fail when an area for improvement is due this soon: immediately, 3m, 6m, or none. */
    @Parameter(property = "compliance.failOnTimescale", defaultValue = "none")
    private String failOnTimescale;

    /** Fail when a criterion's grade declined against the previous self-assessment. */
    @Parameter(property = "compliance.failOnRegression", defaultValue = "false")
    private boolean failOnRegression;

    /** Fail when an area is not graded for lack of evidence. */
    @Parameter(property = "compliance.failOnInsufficientEvidence", defaultValue = "false")
    private boolean failOnInsufficientEvidence;

    /** The project's folder: SARIF names finding files relative to it, as code scanning expects. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    /**
     * The self-assessment's folder (a directory, or a file's parent) relative to the project, with
     * forward slashes; empty when it lies outside the project, where a repository path cannot be given.
     */
    static String sourceRoot(File basedir, File selfAssessment) {
        if (basedir == null) {
            return "";
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path input = selfAssessment.toPath().toAbsolutePath().normalize();
        Path folder = Files.isDirectory(input) ? input : input.getParent();
        if (folder == null || !folder.startsWith(base)) {
            return "";
        }
        return base.relativize(folder).toString().replace(File.separatorChar, '/');
    }

    /** The gate's thresholds and the report formats, read from the goal's parameters. */
    record Settings(GateOptions gate, List<String> formats) {}

    /**
     * Reads the gate and format parameters before anything is loaded, so that a misspelt value stops
     * the build at once, as a configuration error (BUILD ERROR) naming the value and the accepted ones.
     */
    static Settings settings(String formats, String failOnGrade, boolean failOnCritical, String failOnTimescale,
            boolean failOnRegression, boolean failOnInsufficientEvidence) throws MojoExecutionException {
        try {
            GateOptions gate = GateOptions.parse(failOnGrade, String.valueOf(failOnCritical), failOnTimescale,
                    String.valueOf(failOnRegression), String.valueOf(failOnInsufficientEvidence));
            List<String> names = ReportFormats.parse(formats).stream().map(f -> f.name()).toList();
            return new Settings(gate, names);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Bad plugin configuration: " + e.getMessage());
        }
    }

    /**
     * A failed gate fails the build as a failure (BUILD FAILURE: the data did not meet the
     * standard), not an error, with every reason the gate gave; a passed gate does nothing.
     */
    static void enforce(GateVerdict gate) throws MojoFailureException {
        if (!gate.passed()) {
            throw new MojoFailureException("Compliance gate failed: " + String.join("; ", gate.reasons()));
        }
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        Settings settings = settings(formats, failOnGrade, failOnCritical, failOnTimescale, failOnRegression,
                failOnInsufficientEvidence);
        CheckResult result;
        try {
            result = new Checker().check(request(), settings.gate());
        } catch (InputException e) {
            throw inputFailure(e);
        } catch (RuleException e) {
            throw ruleFailure(e);
        }
        logRules(result.evaluated().rules());
        Report report = result.report();
        Evaluated.Timings timings = result.evaluated().timings();
        getLog().info(String.format(Locale.ROOT, "Read %d records in %.1f s; the rules ran in %.1f s",
                report.records().read(), timings.readMillis() / 1000.0, timings.evaluateMillis() / 1000.0));
        List<Path> written;
        try {
            written = ReportFormats.writeAll(report, outputDirectory.toPath(), settings.formats(),
                    sourceRoot(basedir, selfAssessment));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write reports to " + outputDirectory + ": " + e.getMessage());
        }
        for (String line : ConsoleSummary.lines(report, written)) {
            getLog().info(line);
        }
        enforce(report.gate());
    }
}
