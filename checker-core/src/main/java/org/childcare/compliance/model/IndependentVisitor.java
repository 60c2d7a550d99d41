package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Independent visitor need and allocation. */
@JsonPropertyOrder({"wouldBenefit", "allocated"})
public final class IndependentVisitor extends Located {
    private Boolean wouldBenefit;
    private Boolean allocated;

    public IndependentVisitor() {
        // for the loader
    }

    public Boolean getWouldBenefit() {
        return wouldBenefit;
    }

    public Boolean getAllocated() {
        return allocated;
    }
}
