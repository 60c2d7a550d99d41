package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Audit of a written child protection plan. */
@JsonPropertyOrder({"outcomes", "responsibilities", "timescales", "contingency"})
public final class PlanContent extends Located {
    private Boolean outcomes;
    private Boolean responsibilities;
    private Boolean timescales;
    private Boolean contingency;

    public PlanContent() {
        // for the loader
    }

    public Boolean getOutcomes() {
        return outcomes;
    }

    public Boolean getResponsibilities() {
        return responsibilities;
    }

    public Boolean getTimescales() {
        return timescales;
    }

    public Boolean getContingency() {
        return contingency;
    }
}
