package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Statutory partners at an LSCB meeting. */
@JsonPropertyOrder({"police", "health", "education", "probation", "la"})
public final class BoardAttendance extends Located {
    private Boolean police;
    private Boolean health;
    private Boolean education;
    private Boolean probation;
    private Boolean la;

    public BoardAttendance() {
        // for the loader
    }

    public Boolean getPolice() {
        return police;
    }

    public Boolean getHealth() {
        return health;
    }

    public Boolean getEducation() {
        return education;
    }

    public Boolean getProbation() {
        return probation;
    }

    public Boolean getLa() {
        return la;
    }
}
