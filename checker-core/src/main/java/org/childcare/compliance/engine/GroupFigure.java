package org.childcare.compliance.engine;

/**
 * A criterion's rate within one equality group (ethnicity, gender or disability) of children, for
 * EQD-02. {@code dimension} is {@code ethnicity}, {@code gender} or {@code disability}.
 */
public record GroupFigure(String criterion, String dimension, String group, long population, long met) {
    /** @return the group's rate as a percentage */
    public double rate() {
        return population == 0 ? 0 : 100.0 * met / population;
    }
}
