package org.childcare.compliance.engine;

/** One part of a measure (an agency, a quality element): its population and how many met. */
public record PartFigure(long population, long met) {
    public double rate() {
        return population == 0 ? 0 : 100.0 * met / population;
    }
}
