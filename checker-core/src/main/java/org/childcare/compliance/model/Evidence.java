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

    /** Sets {@code criterion}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }

    /** Sets {@code met}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setMet(Boolean met) {
        this.met = met;
    }

    /** Sets {@code source}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSource(String source) {
        this.source = source;
    }

    /** Sets {@code note}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setNote(String note) {
        this.note = note;
    }
}
