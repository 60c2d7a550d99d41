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

    /** Sets {@code wouldBenefit}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setWouldBenefit(Boolean wouldBenefit) {
        this.wouldBenefit = wouldBenefit;
    }

    /** Sets {@code allocated}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAllocated(Boolean allocated) {
        this.allocated = allocated;
    }
}
