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
}
