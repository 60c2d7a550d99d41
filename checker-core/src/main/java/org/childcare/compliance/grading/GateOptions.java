package org.childcare.compliance.grading;

import java.util.Locale;
import org.childcare.compliance.catalogue.Timescale;

/**
 * When the build fails (grading.md "The gate"; parameters and defaults in interfaces.md).
 *
 * <p>Thresholds are typed (a grade number, a {@link Timescale}) so that the gate compares numbers,
 * and parsed once from the spellings users write in a POM or on the command line, with an error
 * that lists the accepted words: a misspelt threshold silently read as "none" would let a failing
 * authority pass.
 *
 * @param failOnGrade 1–4: fail when any row (areas and derived judgements) is graded this or worse;
 *     null never
 * @param failOnCritical fail on any critical finding
 * @param failOnTimescale fail when any area for improvement is due at or before this (immediately
 *     &lt; 3m &lt; 6m); null never
 * @param failOnRegression fail when any criterion's grade declined against the previous
 *     self-assessment
 * @param failOnInsufficientEvidence fail when any row is not graded
 */
public record GateOptions(
        Integer failOnGrade,
        boolean failOnCritical,
        Timescale failOnTimescale,
        boolean failOnRegression,
        boolean failOnInsufficientEvidence) {

    public GateOptions {
        if (failOnGrade != null && (failOnGrade < 1 || failOnGrade > 4)) {
            throw new IllegalArgumentException("failOnGrade must be 1 (outstanding) to 4 (inadequate) or null, was " + failOnGrade);
        }
    }

    /** inadequate, true, none, false, false (interfaces.md). */
    public static GateOptions defaults() {
        return new GateOptions(4, true, null, false, false);
    }

    /** Never fails. */
    public static GateOptions never() {
        return new GateOptions(null, false, null, false, false);
    }

    /**
     * From the strings of interfaces.md; a null argument takes the default.
     *
     * @throws IllegalArgumentException naming the parameter and the accepted values
     */
    public static GateOptions parse(String failOnGrade, String failOnCritical, String failOnTimescale,
            String failOnRegression, String failOnInsufficientEvidence) {
        GateOptions d = defaults();
        return new GateOptions(
                failOnGrade == null ? d.failOnGrade() : parseGrade(failOnGrade),
                failOnCritical == null ? d.failOnCritical() : parseBoolean("failOnCritical", failOnCritical),
                failOnTimescale == null ? d.failOnTimescale() : parseTimescale(failOnTimescale),
                failOnRegression == null ? d.failOnRegression() : parseBoolean("failOnRegression", failOnRegression),
                failOnInsufficientEvidence == null ? d.failOnInsufficientEvidence()
                        : parseBoolean("failOnInsufficientEvidence", failOnInsufficientEvidence));
    }

    /**
     * @param text {@code inadequate}, {@code adequate} or {@code requires-improvement}, {@code
     *     good}, {@code outstanding}, or {@code none} (any case)
     * @return 4, 3, 2, 1, or null for none
     */
    public static Integer parseGrade(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "inadequate" -> 4;
            case "adequate", "requires-improvement" -> 3;
            case "good" -> 2;
            case "outstanding" -> 1;
            case "none" -> null;
            default -> throw new IllegalArgumentException("failOnGrade '" + text
                    + "' is not one of inadequate, adequate (or requires-improvement), good, outstanding, none");
        };
    }

    /**
     * @param text {@code immediately}, {@code 3m}, {@code 6m} or {@code none} (any case)
     * @return the timescale, or null for none
     */
    public static Timescale parseTimescale(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "immediately" -> Timescale.IMMEDIATELY;
            case "3m" -> Timescale.WITHIN_THREE_MONTHS;
            case "6m" -> Timescale.WITHIN_SIX_MONTHS;
            case "none" -> null;
            default -> throw new IllegalArgumentException("failOnTimescale '" + text + "' is not one of immediately, 3m, 6m, none");
        };
    }

    private static boolean parseBoolean(String name, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(name + " '" + text + "' is not true or false");
    }

    public GateOptions withFailOnGrade(Integer value) {
        return new GateOptions(value, failOnCritical, failOnTimescale, failOnRegression, failOnInsufficientEvidence);
    }

    public GateOptions withFailOnCritical(boolean value) {
        return new GateOptions(failOnGrade, value, failOnTimescale, failOnRegression, failOnInsufficientEvidence);
    }

    public GateOptions withFailOnTimescale(Timescale value) {
        return new GateOptions(failOnGrade, failOnCritical, value, failOnRegression, failOnInsufficientEvidence);
    }

    public GateOptions withFailOnRegression(boolean value) {
        return new GateOptions(failOnGrade, failOnCritical, failOnTimescale, value, failOnInsufficientEvidence);
    }

    public GateOptions withFailOnInsufficientEvidence(boolean value) {
        return new GateOptions(failOnGrade, failOnCritical, failOnTimescale, failOnRegression, value);
    }
}
