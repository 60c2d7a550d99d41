package org.childcare.compliance.check;

import java.nio.file.Path;

/**
 * What to check and how.
 *
 * @param rulesDirectory an auditor's rule files that replace or extend the bundled ones, or null
 * @param framework {@code slac-2009} or {@code ilacs-2023}; null takes the data's, else slac-2009
 * @param profile {@code full}, {@code unannounced-cra} or {@code focused-visit-children-in-care};
 *     null takes the data's, else full
 */
public record CheckRequest(Path selfAssessment, Path rulesDirectory, String framework, String profile, boolean lenient) {
    public static CheckRequest of(Path selfAssessment) {
        return new CheckRequest(selfAssessment, null, null, null, false);
    }

    public CheckRequest withRules(Path directory) {
        return new CheckRequest(selfAssessment, directory, framework, profile, lenient);
    }

    public CheckRequest withFramework(String value) {
        return new CheckRequest(selfAssessment, rulesDirectory, value, profile, lenient);
    }

    public CheckRequest withProfile(String value) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, value, lenient);
    }

    public CheckRequest withLenient(boolean value) {
        return new CheckRequest(selfAssessment, rulesDirectory, framework, profile, value);
    }
}
