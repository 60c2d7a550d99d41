package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An attestation for a criterion that data cannot prove. */
@JsonPropertyOrder({"criterion", "met", "source", "note"})
public final class Evidence extends Located {
    private String criterion;
    private Boolean met;
    private String source;
    private String note;

    public Evidence() {
        // for the loader
    }

    /** @return required */
    public String getCriterion() {
        return criterion;
    }

    /** @return required */
    public Boolean getMet() {
        return met;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }
}
