package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A social work assessment. */
@JsonPropertyOrder({"id", "type", "start", "completed", "undertakenBy", "authorisedBy", "childSeen", "childSeenAlone", "quality"})
public final class Assessment extends Located {
    private String id;
    private AssessmentType type;
    private LocalDate start;
    private LocalDate completed;
    private String undertakenBy;
    private String authorisedBy;
    private Boolean childSeen;
    private Boolean childSeenAlone;
    private AssessmentQuality quality;

    public Assessment() {
        // for the loader
    }

    public String getId() {
        return id;
    }

    public AssessmentType getType() {
        return type;
    }

    /** @return required */
    public LocalDate getStart() {
        return start;
    }

    /** @return null while open */
    public LocalDate getCompleted() {
        return completed;
    }

    /** @return workforce id */
    public String getUndertakenBy() {
        return undertakenBy;
    }

    /** @return workforce id */
    public String getAuthorisedBy() {
        return authorisedBy;
    }

    public Boolean getChildSeen() {
        return childSeen;
    }

    public Boolean getChildSeenAlone() {
        return childSeenAlone;
    }

    /** @return from audit of the record */
    public AssessmentQuality getQuality() {
        return quality;
    }
}
