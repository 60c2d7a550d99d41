package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A recorded management decision. */
@JsonPropertyOrder({"date", "decision", "reasonsRecorded"})
public final class Oversight extends Located {
    private LocalDate date;
    private Boolean decision;
    private Boolean reasonsRecorded;

    public Oversight() {
        // for the loader
    }

    /** @return required */
    public LocalDate getDate() {
        return date;
    }

    public Boolean getDecision() {
        return decision;
    }

    public Boolean getReasonsRecorded() {
        return reasonsRecorded;
    }

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code decision}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDecision(Boolean decision) {
        this.decision = decision;
    }

    /** Sets {@code reasonsRecorded}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReasonsRecorded(Boolean reasonsRecorded) {
        this.reasonsRecorded = reasonsRecorded;
    }
}
