package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Support for an eligible, relevant or former relevant young person. */
@JsonPropertyOrder({"status", "pathwayPlan", "accommodationSuitable", "inEducationEmploymentOrTraining", "inTouch", "stayingPut"})
public final class CareLeaver extends Located {
    private CareLeaverStatus status;
    private PathwayPlan pathwayPlan;
    private Boolean accommodationSuitable;
    private Boolean inEducationEmploymentOrTraining;
    private Boolean inTouch;
    private Boolean stayingPut;

    public CareLeaver() {
        // for the loader
    }

    public CareLeaverStatus getStatus() {
        return status;
    }

    public PathwayPlan getPathwayPlan() {
        return pathwayPlan;
    }

    public Boolean getAccommodationSuitable() {
        return accommodationSuitable;
    }

    public Boolean getInEducationEmploymentOrTraining() {
        return inEducationEmploymentOrTraining;
    }

    public Boolean getInTouch() {
        return inTouch;
    }

    public Boolean getStayingPut() {
        return stayingPut;
    }
}
