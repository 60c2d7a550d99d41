package org.childcare.compliance.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.scenario.ScenarioResult;
import org.childcare.compliance.scenario.ScenarioRunner;

/**
 * Runs auditors' rule scenarios, as {@code conftest verify} runs policy tests: each folder holding
 * an {@code expected.yaml} beside a small self-assessment is one scenario, and the build fails if
 * any scenario's findings differ from what it expects: {@code mvn compliance:verify-rules}.
 */
@Mojo(name = "verify-rules", threadSafe = true)
public class VerifyRulesMojo extends AbstractComplianceMojo {
    /** The folder of scenario folders. */
    @Parameter(property = "compliance.scenarios", defaultValue = "${project.basedir}/src/test/compliance")
    private File scenarios;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        Path root = scenarios.toPath();
        if (!Files.isDirectory(root)) {
            throw new MojoExecutionException("No scenarios directory " + root + " (set compliance.scenarios)");
        }
        List<Path> folders;
        try {
            folders = ScenarioRunner.find(root);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read scenarios in " + root + ": " + e.getMessage());
        }
        if (folders.isEmpty()) {
            throw new MojoExecutionException("No scenarios under " + root + ": a scenario is a folder with "
                    + ScenarioRunner.EXPECTED + " and self-assessment.yaml");
        }
        // ready the rules once, from the rule cache when it has them: every scenario then finds
        // them in memory, and a rule that does not compile stops here rather than in each scenario
        try {
            logRules(RuleBase.load(request().rulesDirectory(), request().ruleCache()));
        } catch (RuleException e) {
            throw ruleFailure(e);
        }
        ScenarioRunner runner = ScenarioRunner.withGrading(request().rulesDirectory());
        int failed = 0;
        for (Path folder : folders) {
            String name = root.relativize(folder).toString().replace(File.separatorChar, '/');
            ScenarioResult result = runner.run(folder, name.isEmpty() ? folder.getFileName().toString() : name);
            if (result.passed()) {
                getLog().info("PASS " + result.name());
            } else {
                failed++;
                getLog().error("FAIL " + result.name());
                result.failures().forEach(f -> getLog().error("    " + f));
            }
        }
        getLog().info((folders.size() - failed) + " passed, " + failed + " failed");
        if (failed > 0) {
            throw new MojoFailureException(failed + " of " + folders.size() + " rule scenarios failed");
        }
    }
}
