package org.childcare.compliance.engine;

/**
 * A measure a rule computed itself, for criteria whose value is not a share of outcomes (a vacancy
 * rate, LSCB arrangements). {@code population} is what the value is over (e.g. the establishment).
 */
public record Measure(String criterion, double value, long population, String explanation) {}
