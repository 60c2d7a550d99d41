package org.childcare.compliance.maven;

import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.InputException;
import org.childcare.compliance.check.Validator;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleException;

/**
 * Lists the criteria in force: id, title, areas, parameters (marking local overrides), bands,
 * limiting and critical flags, timescale and source: {@code mvn compliance:rules}.
 */
@Mojo(name = "rules", threadSafe = true, requiresProject = false)
public class RulesMojo extends AbstractComplianceMojo {
    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        Catalogue catalogue;
        Map<String, Double> overrides = new TreeMap<>();
        String frameworkName = framework == null ? "slac-2009" : framework;
        try {
            // compile too: listing criteria whose rules do not compile would mislead an auditor
            CheckRequest request = request();
            RuleBase rules = RuleBase.load(request.rulesDirectory(), request.ruleCache());
            logRules(rules);
            catalogue = rules.catalogue();
            if (selfAssessment != null && Files.exists(selfAssessment.toPath())) {
                var header = Validator.validate(request()).assessment();
                header.getStandards().forEach((k, v) -> overrides.put(k, ((Number) v).doubleValue()));
                catalogue = catalogue.withOverrides(overrides);
                if (framework == null && header.getFramework() != null) {
                    frameworkName = header.getFramework();
                }
            }
        } catch (RuleException e) {
            throw ruleFailure(e);
        } catch (InputException e) {
            throw inputFailure(e);
        }
        getLog().info(catalogue.all().size() + " criteria (" + frameworkName + " areas"
                + (rulesDirectory == null ? ", bundled rules" : ", rules from " + rulesDirectory) + ")");
        for (Criterion c : catalogue.all()) {
            String params = parameters(c, overrides);
            getLog().info(c.id() + "  " + c.title());
            getLog().info("    areas " + String.join(", ", c.areasIn(frameworkName)) + "; bands " + c.bands().describe()
                    + "; weight " + number(c.weight()) + (c.limiting() ? "; limiting" : "") + (c.critical() ? "; critical findings" : "")
                    + "; timescale " + c.timescale().code());
            if (!params.isEmpty()) {
                getLog().info("    parameters " + params);
            }
            getLog().info("    source " + c.source());
        }
    }

    /**
     * The criterion's parameters in force, "maxWorkingDays 12 (local; default 15), ...": a value a
     * local {@code standards:} entry changed is marked, with the catalogue's value beside it, so an
     * auditor sees at once where the authority departs from the published standard. Empty when
     * the criterion has none.
     *
     * @param overrides the {@code standards:} entries, keyed {@code CRITERION-ID.parameter}
     */
    static String parameters(Criterion c, Map<String, Double> overrides) {
        StringBuilder params = new StringBuilder();
        c.parameters().forEach((name, value) -> {
            if (params.length() > 0) {
                params.append(", ");
            }
            params.append(name).append(' ').append(number(value));
            Double original = c.defaults().get(name);
            if (overrides.containsKey(c.id() + "." + name) && original != null && !original.equals(value)) {
                params.append(" (local; default ").append(number(original)).append(')');
            }
        });
        return params.toString();
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
