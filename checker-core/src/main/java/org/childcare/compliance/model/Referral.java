package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A referral to children's social care. */
@JsonPropertyOrder({"id", "date", "source", "decisionDate", "outcome", "rereferralWithin12Months"})
public final class Referral extends Located {
    private String id;
    private LocalDate date;
    private ReferralSource source;
    private LocalDate decisionDate;
    private ReferralOutcome outcome;
    private Boolean rereferralWithin12Months;

    public Referral() {
        // for the loader
    }

    public String getId() {
        return id;
    }

    /** @return required */
    public LocalDate getDate() {
        return date;
    }

    public ReferralSource getSource() {
        return source;
    }

    /** @return screening decision */
    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public ReferralOutcome getOutcome() {
        return outcome;
    }

    public Boolean getRereferralWithin12Months() {
        return rereferralWithin12Months;
    }
}
