package org.childcare.compliance.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.Report;
import org.childcare.compliance.report.format.ReportFormats;

/**
 * The same judgement as {@code check}, as a page of the Maven site ({@code mvn site}): the record
 * of main findings and the areas for improvement, linking to the full HTML report written beside
 * it. A site report never fails the build; the gate is {@code check}'s job.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {
    /** A YAML (or JSON) file, or a directory of them, holding the self-assessment (format v1). */
    @Parameter(property = "compliance.selfAssessment", defaultValue = "${project.basedir}/self-assessment")
    private File selfAssessment;

    /** A directory of rule files that replaces or extends the bundled set. */
    @Parameter(property = "compliance.rulesDirectory")
    private File rulesDirectory;

    /** {@code slac-2009} or {@code ilacs-2023}. */
    @Parameter(property = "compliance.framework")
    private String framework;

    /** {@code full}, {@code unannounced-cra} or {@code focused-visit-children-in-care}. */
    @Parameter(property = "compliance.profile")
    private String profile;

    /** Quarantine invalid records instead of stopping. */
    @Parameter(property = "compliance.lenient", defaultValue = "false")
    private boolean lenient;

    /** Do nothing. */
    @Parameter(property = "compliance.skip", defaultValue = "false")
    private boolean skip;

    /** Where rules from {@code rulesDirectory} are kept compiled between runs; {@code none} keeps nothing. */
    @Parameter(property = "compliance.rulesCache", defaultValue = "${project.build.directory}/compliance/rules-cache")
    private String rulesCache;

    /** The key that signs the rule cache; default {@code ${user.home}/.config/compliance/rules-cache.key}. */
    @Parameter(property = "compliance.rulesCacheKey")
    private File rulesCacheKey;

    /** The authority's key for names in Annex A workbooks (see the check goal). */
    @Parameter(property = "compliance.pseudonymKey")
    private File pseudonymKey;

    @Override
    public String getOutputName() {
        return "compliance";
    }

    @Override
    public String getName(Locale locale) {
        return "Compliance: record of main findings";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The self-assessment judged against the inspection criteria: grades, areas for improvement and evidence.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && selfAssessment != null && selfAssessment.exists();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Report report;
        try {
            report = new Checker().check(AbstractComplianceMojo.request(selfAssessment, rulesDirectory, framework, profile,
                    lenient, rulesCache, rulesCacheKey).withPseudonymKey(pseudonymKey == null ? null : pseudonymKey.toPath()),
                    GateOptions.defaults()).report();
        } catch (InputException | RuleException e) {
            for (String line : e.getMessage().split("\\R")) {
                getLog().error(line);
            }
            throw new MavenReportException("The self-assessment could not be judged: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Path folder = getReportOutputDirectory().toPath().resolve("compliance");
        try {
            ReportFormats.writeAll(report, folder, List.of("html", "json"));
        } catch (IOException e) {
            throw new MavenReportException("Cannot write the report to " + folder + ": " + e.getMessage(), e);
        }
        render(getSink(), report);
    }

    private static void render(Sink sink, Report report) {
        sink.head();
        sink.title();
        sink.text("Record of main findings: " + report.authority().name());
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("Record of main findings: " + report.authority().name());
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text("Period " + report.period().start() + " to " + report.period().end() + ", as at " + report.asAt()
                + "; framework " + report.framework() + ", profile " + report.profile() + ". ");
        sink.link("compliance/report.html");
        sink.text("The full report, with evidence and charts");
        sink.link_();
        sink.text(".");
        sink.paragraph_();
        sink.table();
        sink.tableRows();
        headerRow(sink, "Judgement", "Grade");
        for (AreaJudgement j : report.judgements()) {
            sink.tableRow();
            cell(sink, j.title());
            cell(sink, j.grade() == null ? "Not graded: insufficient evidence" : j.word());
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.section1_();
        sink.section1();
        sink.sectionTitle1();
        sink.text("Areas for improvement");
        sink.sectionTitle1_();
        if (report.areasForImprovement().isEmpty()) {
            sink.paragraph();
            sink.text("None.");
            sink.paragraph_();
        } else {
            sink.table();
            sink.tableRows();
            headerRow(sink, "When", "Criterion", "Action");
            for (AreaForImprovement a : report.areasForImprovement()) {
                sink.tableRow();
                cell(sink, switch (a.timescale()) {
                    case "immediately" -> "Immediately";
                    case "3m" -> "Within three months";
                    default -> "Within six months";
                });
                cell(sink, a.criterion());
                cell(sink, a.action());
                sink.tableRow_();
            }
            sink.tableRows_();
            sink.table_();
        }
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void headerRow(Sink sink, String... titles) {
        sink.tableRow();
        for (String t : titles) {
            sink.tableHeaderCell();
            sink.text(t);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }
}
