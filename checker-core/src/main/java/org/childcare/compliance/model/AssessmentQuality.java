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
}
