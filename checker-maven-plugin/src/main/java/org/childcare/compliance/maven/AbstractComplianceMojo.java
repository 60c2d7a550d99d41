package org.childcare.compliance.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.engine.RuleProblem;
import org.childcare.compliance.load.InputProblem;

/**
 * What every goal shares: where the self-assessment and the rules are, and how to read them. The
 * goals are thin: the work happens in checker-core, so every front end behaves the same.
 */
abstract class AbstractComplianceMojo extends AbstractMojo {
    /** A YAML (or JSON) file, or a directory of them, holding the self-assessment (format v1). */
    @Parameter(property = "compliance.selfAssessment", defaultValue = "${project.basedir}/self-assessment")
    protected File selfAssessment;

    /** A directory of rule files (.drl and catalogue .yaml) that replaces or extends the bundled set. */
    @Parameter(property = "compliance.rulesDirectory")
    protected File rulesDirectory;

    /** {@code slac-2009} or {@code ilacs-2023}: judgement areas and grade words. Default: the data's, else slac-2009. */
    @Parameter(property = "compliance.framework")
    protected String framework;

    /** {@code full}, {@code unannounced-cra} or {@code focused-visit-children-in-care}. Default: the data's, else full. */
    @Parameter(property = "compliance.profile")
    protected String profile;

    /** Quarantine invalid records (listed in the report) instead of stopping at the first input error. */
    @Parameter(property = "compliance.lenient", defaultValue = "false")
    protected boolean lenient;

    /** Do nothing. */
    @Parameter(property = "compliance.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Where rules from {@code rulesDirectory} are kept compiled between runs, so that only the
     * first run after a change to a rule file pays the compile; {@code none} keeps nothing. The
     * bundled rules come precompiled and need no cache.
     */
    @Parameter(property = "compliance.rulesCache", defaultValue = "${project.build.directory}/compliance/rules-cache")
    protected String rulesCache;

    /**
     * The file of the key that signs the rule cache: a cached entry is read only when signed with
     * it, so that whoever can write the cache directory cannot make the build run their code. Made
     * on first use (32 random bytes, readable by its owner only) and refused when others can read
     * or change it. Default: {@code ${user.home}/.config/compliance/rules-cache.key}.
     */
    @Parameter(property = "compliance.rulesCacheKey")
    protected File rulesCacheKey;

    /**
     * The authority's key for turning names in an Annex A workbook into pseudonymous worker ids
     * (HMAC-SHA256). Created on first use with owner-only permissions; keep one per authority (a CI
     * secret, say), or every worker gets a new id on every machine. Default:
     * {@code ${user.home}/.config/compliance/pseudonym.key}.
     */
    @Parameter(property = "compliance.pseudonymKey")
    protected File pseudonymKey;

    protected CheckRequest request() {
        return request(selfAssessment, rulesDirectory, framework, profile, lenient, rulesCache, rulesCacheKey)
                .withPseudonymKey(pseudonymKey == null ? null : pseudonymKey.toPath());
    }

    /** The request the shared parameters describe; also for the report goal, which cannot extend this class. */
    static CheckRequest request(File selfAssessment, File rulesDirectory, String framework, String profile, boolean lenient,
            String rulesCache, File rulesCacheKey) {
        return new CheckRequest(selfAssessment.toPath(), rulesDirectory == null ? null : rulesDirectory.toPath(),
                framework, profile, lenient, RulesCache.directory(rulesCache),
                rulesCacheKey == null ? null : rulesCacheKey.toPath());
    }

    /** One line on where the rules came from and what that cost, and a warning when the cache failed. */
    protected void logRules(RuleBase rules) {
        getLog().info(RulesCache.describe(rules, rulesDirectory));
        if (rules.cacheWarning() != null) {
            getLog().warn(rules.cacheWarning());
        }
    }

    /** Prints each input problem as {@code file:line:column: message} and turns them into a build error. */
    protected MojoExecutionException inputFailure(InputException e) {
        List<InputProblem> problems = e.problems();
        getLog().error("The self-assessment has " + problems.size() + " input error" + (problems.size() == 1 ? "" : "s")
                + "; nothing was judged:");
        for (InputProblem p : problems) {
            getLog().error(p.toString());
        }
        return new MojoExecutionException("Input errors in the self-assessment (" + problems.size() + "), first: "
                + problems.get(0));
    }

    /** Prints each rule problem as {@code file:line: message} and turns them into a build error. */
    protected MojoExecutionException ruleFailure(RuleException e) {
        List<RuleProblem> problems = e.problems();
        getLog().error("The rules could not be compiled (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):");
        for (RuleProblem p : problems) {
            getLog().error(p.toString());
        }
        return new MojoExecutionException("Rule errors, first: " + problems.get(0));
    }

    protected boolean skipped() {
        if (skip) {
            getLog().info("Compliance check skipped (compliance.skip)");
        }
        return skip;
    }
}
