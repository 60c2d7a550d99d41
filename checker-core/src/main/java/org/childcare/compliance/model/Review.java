package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A looked after child review. */
@JsonPropertyOrder({"date", "childParticipated", "permanencePlan", "recordQuality"})
public final class Review extends Located implements Dated {
    private LocalDate date;
    private Boolean childParticipated;
    private Boolean permanencePlan;
    private RecordQuality recordQuality;

    public Review() {
        // for the loader
    }

    /** @return required */
    @Override
    public LocalDate getDate() {
        return date;
    }

    public Boolean getChildParticipated() {
        return childParticipated;
    }

    public Boolean getPermanencePlan() {
        return permanencePlan;
    }

    public RecordQuality getRecordQuality() {
        return recordQuality;
    }

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code childParticipated}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setChildParticipated(Boolean childParticipated) {
        this.childParticipated = childParticipated;
    }

    /** Sets {@code permanencePlan}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPermanencePlan(Boolean permanencePlan) {
        this.permanencePlan = permanencePlan;
    }

    /** Sets {@code recordQuality}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setRecordQuality(RecordQuality recordQuality) {
        this.recordQuality = recordQuality;
    }
}
