package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A complaint. */
@JsonPropertyOrder({"id", "received", "stage1Response", "learningRecorded"})
public final class Complaint extends Located {
    private String id;
    private LocalDate received;
    private LocalDate stage1Response;
    private Boolean learningRecorded;

    public Complaint() {
        // for the loader
    }

    public String getId() {
        return id;
    }

    /** @return required */
    public LocalDate getReceived() {
        return received;
    }

    public LocalDate getStage1Response() {
        return stage1Response;
    }

    public Boolean getLearningRecorded() {
        return learningRecorded;
    }

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code received}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReceived(LocalDate received) {
        this.received = received;
    }

    /** Sets {@code stage1Response}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStage1Response(LocalDate stage1Response) {
        this.stage1Response = stage1Response;
    }

    /** Sets {@code learningRecorded}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLearningRecorded(Boolean learningRecorded) {
        this.learningRecorded = learningRecorded;
    }
}
