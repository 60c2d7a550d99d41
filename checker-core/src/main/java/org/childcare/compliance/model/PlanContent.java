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

    /** Sets {@code outcomes}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setOutcomes(Boolean outcomes) {
        this.outcomes = outcomes;
    }

    /** Sets {@code responsibilities}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setResponsibilities(Boolean responsibilities) {
        this.responsibilities = responsibilities;
    }

    /** Sets {@code timescales}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setTimescales(Boolean timescales) {
        this.timescales = timescales;
    }

    /** Sets {@code contingency}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setContingency(Boolean contingency) {
        this.contingency = contingency;
    }
}
