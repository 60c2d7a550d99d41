package org.childcare.compliance.check;

import java.nio.file.Path;

/**
 * What to check and how.
 *
 * @param rulesDirectory an auditor's rule files that replace or extend the bundled ones, or null
 * @param framework {@code slac-2009} or {@code ilacs-2023}; null takes the data's, else slac-2009
 * @param profile {@code full}, {@code unannounced-cra} or {@code focused-visit-children-in-care};
 *     null takes the data's, else full
 * @param rulesCache where compiled rules are kept between runs, or null to keep none
 */
public record CheckRequest(Path selfAssessment, Path rulesDirectory, String framework, String profile, boolean lenient,
        Path rulesCache) {
    public CheckRequest(Path selfAssessment, Path rulesDirectory, String framework, String profile, boolean lenient) {
        this(selfAssessment, rulesDirectory, framework, profile, lenient, null);
    }

    public static CheckRequest of(Path selfAssessment) {
        return new CheckRequest(selfAssessment, null, null, null, false, null);
    }

    public CheckRequest withRules(Path directory) {
        return new CheckRequest(selfAssessment, directory, framework, profile, lenient, rulesCache);
    }

    public CheckRequest withFramework(String value) {
        return new CheckRequest(selfAssessment, rulesDirectory, value, profile, lenient, rulesCache);
    }

    public CheckRequest withProfile(String value) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, value, lenient, rulesCache);
    }

    public CheckRequest withLenient(boolean value) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, profile, value, rulesCache);
    }

    public CheckRequest withRulesCache(Path directory) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, profile, lenient, directory);
    }

    /** The same request for another self-assessment (the previous one). */
    public CheckRequest withSelfAssessment(Path path) {
        return new CheckRequest(path, rulesDirectory, framework, profile, lenient, rulesCache);
    }
}
