package org.childcare.compliance.engine;

/**
 * One part of a measure (an agency, a quality element): its population and how many met, and
 * {@code value}, the mean of the values its outcomes carried when they carry one (an agency's
 * training compliance percentage), else null.
 */
public record PartFigure(long population, long met, Double value) {
    public PartFigure(long population, long met) {
        this(population, met, null);
    }

    /** @return the part's value when its outcomes carry one, else the share that met, as a percentage */
    public double rate() {
        if (value != null) {
            return value;
        }
        return population == 0 ? 0 : 100.0 * met / population;
    }
}
