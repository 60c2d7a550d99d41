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

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code type}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setType(AssessmentType type) {
        this.type = type;
    }

    /** Sets {@code start}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStart(LocalDate start) {
        this.start = start;
    }

    /** Sets {@code completed}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCompleted(LocalDate completed) {
        this.completed = completed;
    }

    /** Sets {@code undertakenBy}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setUndertakenBy(String undertakenBy) {
        this.undertakenBy = undertakenBy;
    }

    /** Sets {@code authorisedBy}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAuthorisedBy(String authorisedBy) {
        this.authorisedBy = authorisedBy;
    }

    /** Sets {@code childSeen}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setChildSeen(Boolean childSeen) {
        this.childSeen = childSeen;
    }

    /** Sets {@code childSeenAlone}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setChildSeenAlone(Boolean childSeenAlone) {
        this.childSeenAlone = childSeenAlone;
    }

    /** Sets {@code quality}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setQuality(AssessmentQuality quality) {
        this.quality = quality;
    }
}
