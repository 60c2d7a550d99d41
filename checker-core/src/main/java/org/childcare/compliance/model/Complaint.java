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
}
