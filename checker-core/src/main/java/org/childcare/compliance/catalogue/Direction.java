package org.childcare.compliance.catalogue;

/** Whether a higher measure is better (most rates) or a lower one (criteria whose bands read ≤). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
