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

    /** Sets {@code police}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPolice(Boolean police) {
        this.police = police;
    }

    /** Sets {@code health}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setHealth(Boolean health) {
        this.health = health;
    }

    /** Sets {@code education}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setEducation(Boolean education) {
        this.education = education;
    }

    /** Sets {@code probation}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setProbation(Boolean probation) {
        this.probation = probation;
    }

    /** Sets {@code la}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLa(Boolean la) {
        this.la = la;
    }
}
