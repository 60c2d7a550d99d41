package org.childcare.compliance.check;

import java.nio.file.Path;
import org.childcare.compliance.engine.RuleCache;

/**
 * What to check and how.
 *
 * @param rulesDirectory an auditor's rule files that replace or extend the bundled ones, or null
 * @param framework {@code slac-2009} or {@code ilacs-2023}; null takes the data's, else slac-2009
 * @param profile {@code full}, {@code unannounced-cra} or {@code focused-visit-children-in-care};
 *     null takes the data's, else full
 * @param rulesCache where compiled rules are kept between runs, or null to keep none
 * @param rulesCacheKey the file of the key that signs them; null for its default place
 *     ({@link RuleCache#defaultKeyFile})
 */
public record CheckRequest(Path selfAssessment, Path rulesDirectory, String framework, String profile, boolean lenient,
        Path rulesCache, Path rulesCacheKey, Path pseudonymKey) {
    public CheckRequest(Path selfAssessment, Path rulesDirectory, String framework, String profile, boolean lenient,
            Path rulesCache, Path rulesCacheKey) {
        this(selfAssessment, rulesDirectory, framework, profile, lenient, rulesCache, rulesCacheKey, null);
    }

    /** The authority's pseudonym key file for names in Annex A workbooks (null: the default). */
    public CheckRequest withPseudonymKey(Path key) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, profile, lenient, rulesCache, rulesCacheKey, key);
    }

    /** How the loader reads for this request. */
    public org.childcare.compliance.load.LoadOptions loadOptions() {
        return (lenient ? org.childcare.compliance.load.LoadOptions.lenientMode()
                : org.childcare.compliance.load.LoadOptions.strict()).withPseudonymKey(pseudonymKey);
    }
    public CheckRequest(Path selfAssessment, Path rulesDirectory, String framework, String profile, boolean lenient) {
        this(selfAssessment, rulesDirectory, framework, profile, lenient, null, null);
    }

    public CheckRequest(Path selfAssessment, Path rulesDirectory, String framework, String profile, boolean lenient,
            Path rulesCache) {
        this(selfAssessment, rulesDirectory, framework, profile, lenient, rulesCache, null);
    }

    public static CheckRequest of(Path selfAssessment) {
        return new CheckRequest(selfAssessment, null, null, null, false, null, null);
    }

    /** The on-disk rule cache this request asks for, or null for none. */
    public RuleCache ruleCache() {
        return rulesCache == null ? null : RuleCache.in(rulesCache, rulesCacheKey);
    }

    public CheckRequest withRules(Path directory) {
        return new CheckRequest(selfAssessment, directory, framework, profile, lenient, rulesCache, rulesCacheKey, pseudonymKey);
    }

    public CheckRequest withFramework(String value) {
        return new CheckRequest(selfAssessment, rulesDirectory, value, profile, lenient, rulesCache, rulesCacheKey, pseudonymKey);
    }

    public CheckRequest withProfile(String value) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, value, lenient, rulesCache, rulesCacheKey, pseudonymKey);
    }

    public CheckRequest withLenient(boolean value) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, profile, value, rulesCache, rulesCacheKey, pseudonymKey);
    }

    public CheckRequest withRulesCache(Path directory) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, profile, lenient, directory, rulesCacheKey, pseudonymKey);
    }

    public CheckRequest withRulesCacheKey(Path keyFile) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, profile, lenient, rulesCache, keyFile, pseudonymKey);
    }

    /** The same request for another self-assessment (the previous one). */
    public CheckRequest withSelfAssessment(Path path) {
        return new CheckRequest(path, rulesDirectory, framework, profile, lenient, rulesCache, rulesCacheKey, pseudonymKey);
    }
}
