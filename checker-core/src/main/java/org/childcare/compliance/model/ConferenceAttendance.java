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
}
