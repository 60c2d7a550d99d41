package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Audit of an assessment record. */
@JsonPropertyOrder({"reasonStated", "riskAnalysis", "historyConsidered", "previousInterventionsEvaluated", "absentParentViews", "agencyContributions", "equalityAndDiversity", "wishesAndFeelings"})
public final class AssessmentQuality extends Located {
    private Boolean reasonStated;
    private Boolean riskAnalysis;
    private Boolean historyConsidered;
    private Boolean previousInterventionsEvaluated;
    private TriState absentParentViews;
    private Boolean agencyContributions;
    private Boolean equalityAndDiversity;
    private Boolean wishesAndFeelings;

    public AssessmentQuality() {
        // for the loader
    }

    public Boolean getReasonStated() {
        return reasonStated;
    }

    public Boolean getRiskAnalysis() {
        return riskAnalysis;
    }

    public Boolean getHistoryConsidered() {
        return historyConsidered;
    }

    public Boolean getPreviousInterventionsEvaluated() {
        return previousInterventionsEvaluated;
    }

    /** @return true, false or not-applicable */
    public TriState getAbsentParentViews() {
        return absentParentViews;
    }

    public Boolean getAgencyContributions() {
        return agencyContributions;
    }

    public Boolean getEqualityAndDiversity() {
        return equalityAndDiversity;
    }

    public Boolean getWishesAndFeelings() {
        return wishesAndFeelings;
    }

    /** Sets {@code reasonStated}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReasonStated(Boolean reasonStated) {
        this.reasonStated = reasonStated;
    }

    /** Sets {@code riskAnalysis}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setRiskAnalysis(Boolean riskAnalysis) {
        this.riskAnalysis = riskAnalysis;
    }

    /** Sets {@code historyConsidered}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setHistoryConsidered(Boolean historyConsidered) {
        this.historyConsidered = historyConsidered;
    }

    /** Sets {@code previousInterventionsEvaluated}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPreviousInterventionsEvaluated(Boolean previousInterventionsEvaluated) {
        this.previousInterventionsEvaluated = previousInterventionsEvaluated;
    }

    /** Sets {@code absentParentViews}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAbsentParentViews(TriState absentParentViews) {
        this.absentParentViews = absentParentViews;
    }

    /** Sets {@code agencyContributions}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAgencyContributions(Boolean agencyContributions) {
        this.agencyContributions = agencyContributions;
    }

    /** Sets {@code equalityAndDiversity}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setEqualityAndDiversity(Boolean equalityAndDiversity) {
        this.equalityAndDiversity = equalityAndDiversity;
    }

    /** Sets {@code wishesAndFeelings}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setWishesAndFeelings(Boolean wishesAndFeelings) {
        this.wishesAndFeelings = wishesAndFeelings;
    }
}
