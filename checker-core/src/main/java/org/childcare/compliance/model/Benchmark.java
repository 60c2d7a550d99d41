package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Comparator figures for one criterion. */
@JsonPropertyOrder({"national", "statisticalNeighbours"})
public final class Benchmark extends Located {
    private Double national;
    private Double statisticalNeighbours;

    public Benchmark() {
        // for the loader
    }

    public Double getNational() {
        return national;
    }

    public Double getStatisticalNeighbours() {
        return statisticalNeighbours;
    }

    /** Sets {@code national}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setNational(Double national) {
        this.national = national;
    }

    /** Sets {@code statisticalNeighbours}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStatisticalNeighbours(Double statisticalNeighbours) {
        this.statisticalNeighbours = statisticalNeighbours;
    }
}
