package org.childcare.compliance.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import org.childcare.compliance.engine.RuleBase;

/** The {@code rulesCache} parameter, and the console line on where a run's rules came from. */
final class RulesCache {
    private RulesCache() {}

    /** @return the cache directory, or null when the parameter is empty or {@code none} */
    static Path directory(String parameter) {
        if (parameter == null || parameter.isBlank() || parameter.strip().equalsIgnoreCase("none")) {
            return null;
        }
        return new File(parameter.strip()).toPath();
    }

    /** e.g. "Rules: 76 rules for 75 criteria (bundled, version 1a2b3c4d5e6f), precompiled in the rules jar, ready in 0.6 s" */
    static String describe(RuleBase rules, File rulesDirectory) {
        return String.format(Locale.ROOT, "Rules: %d rules for %d criteria (%s, version %s), %s, ready in %.1f s",
                rules.ruleCount(), rules.rulesByCriterion().size(),
                rulesDirectory == null ? "bundled" : "with " + rulesDirectory, rules.version(), rules.origin().words(),
                rules.compileMillis() / 1000.0);
    }
}
