package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Which agencies attended a conference. */
@JsonPropertyOrder({"gp", "police", "school", "health"})
public final class ConferenceAttendance extends Located {
    private Boolean gp;
    private Boolean police;
    private Boolean school;
    private Boolean health;

    public ConferenceAttendance() {
        // for the loader
    }

    public Boolean getGp() {
        return gp;
    }

    public Boolean getPolice() {
        return police;
    }

    public Boolean getSchool() {
        return school;
    }

    public Boolean getHealth() {
        return health;
    }

    /** Sets {@code gp}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setGp(Boolean gp) {
        this.gp = gp;
    }

    /** Sets {@code police}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPolice(Boolean police) {
        this.police = police;
    }

    /** Sets {@code school}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSchool(Boolean school) {
        this.school = school;
    }

    /** Sets {@code health}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setHealth(Boolean health) {
        this.health = health;
    }
}
