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

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code source}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSource(ReferralSource source) {
        this.source = source;
    }

    /** Sets {@code decisionDate}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    /** Sets {@code outcome}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setOutcome(ReferralOutcome outcome) {
        this.outcome = outcome;
    }

    /** Sets {@code rereferralWithin12Months}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setRereferralWithin12Months(Boolean rereferralWithin12Months) {
        this.rereferralWithin12Months = rereferralWithin12Months;
    }
}
