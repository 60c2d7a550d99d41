package org.childcare.compliance.engine;

/**
 * A criterion's figure after the child and authority phases, inserted for the summary rules (SA-01,
 * EQD-02). {@code computed} is null when case data gave no population.
 *
 * @param declared the {@code indicators:} figure, or null
 */
public record Figure(String criterion, Double computed, long population, Double declared) {}
