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

    /** Sets {@code status}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStatus(CareLeaverStatus status) {
        this.status = status;
    }

    /** Sets {@code pathwayPlan}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPathwayPlan(PathwayPlan pathwayPlan) {
        this.pathwayPlan = pathwayPlan;
    }

    /** Sets {@code accommodationSuitable}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setAccommodationSuitable(Boolean accommodationSuitable) {
        this.accommodationSuitable = accommodationSuitable;
    }

    /** Sets {@code inEducationEmploymentOrTraining}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setInEducationEmploymentOrTraining(Boolean inEducationEmploymentOrTraining) {
        this.inEducationEmploymentOrTraining = inEducationEmploymentOrTraining;
    }

    /** Sets {@code inTouch}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setInTouch(Boolean inTouch) {
        this.inTouch = inTouch;
    }

    /** Sets {@code stayingPut}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStayingPut(Boolean stayingPut) {
        this.stayingPut = stayingPut;
    }
}
