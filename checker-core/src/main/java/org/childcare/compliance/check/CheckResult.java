package org.childcare.compliance.check;

import org.childcare.compliance.grading.Grading;
import org.childcare.compliance.report.Report;

/**
 * What a check concluded: the report every formatter renders, and the gate's exit code. Input and
 * rule errors never get this far; they are exceptions (exit code 2).
 *
 * @param grading the grades behind the report, for callers that compare them (rule scenarios)
 * @param evaluated the current self-assessment as the rules measured it
 * @param previous the previous self-assessment as the rules measured it, or null
 */
public record CheckResult(Report report, Grading grading, Evaluated evaluated, Evaluated previous) {
    /** The gate passed. */
    public static final int PASSED = 0;
    /** The gate failed: the build should fail. */
    public static final int GATE_FAILED = 1;
    /** The input or the rules could not be read; nothing was judged (never returned, for front ends). */
    public static final int INPUT_OR_RULES_ERROR = 2;

    public boolean passed() {
        return report.gate().passed();
    }

    /** @return 0 when the gate passed, 1 when it failed */
    public int exitCode() {
        return passed() ? PASSED : GATE_FAILED;
    }
}
