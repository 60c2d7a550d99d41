package org.childcare.compliance.catalogue;

/** How a criterion's outcomes become its measure. */
public enum Aggregation {
    /** share of the population meeting the standard (for ≤ criteria: the share not meeting it) */
    RATE,
    /** the lowest of the per-part rates, e.g. the worst-attending agency */
    LOWEST_PART,
    /** the mean of the outcomes' values, e.g. average caseload */
    MEAN,
    /** one value the rule computed itself ({@code Measure} fact) */
    VALUE,
    /** an attestation from {@code evidence:}: met or not met */
    EVIDENCE
}
