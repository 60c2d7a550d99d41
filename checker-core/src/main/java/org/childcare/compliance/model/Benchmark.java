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
}
