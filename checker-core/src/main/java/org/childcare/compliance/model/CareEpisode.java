package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A period of being looked after. */
@JsonPropertyOrder({"id", "start", "end", "legalStatus", "placements", "visits", "reviews", "healthAssessments", "dentalCheck", "immunisationsUpToDate", "personalEducationPlans", "schoolDaysMissed", "fixedTermExclusions", "missingEpisodes", "independentVisitor", "sexualExploitationRisk"})
public final class CareEpisode extends Located {
    private String id;
    private LocalDate start;
    private LocalDate end;
    private String legalStatus;
    private List<Placement> placements;
    private List<Visit> visits;
    private List<Review> reviews;
    private List<HealthAssessment> healthAssessments;
    private LocalDate dentalCheck;
    private Boolean immunisationsUpToDate;
    private List<EducationPlan> personalEducationPlans;
    private Integer schoolDaysMissed;
    private Integer fixedTermExclusions;
    private List<MissingEpisode> missingEpisodes;
    private IndependentVisitor independentVisitor;
    private ExploitationRisk sexualExploitationRisk;

    public CareEpisode() {
        // for the loader
    }

    public String getId() {
        return id;
    }

    /** @return required */
    public LocalDate getStart() {
        return start;
    }

    /** @return null while open */
    public LocalDate getEnd() {
        return end;
    }

    /** @return SSDA903 legal status code */
    public String getLegalStatus() {
        return legalStatus;
    }

    public List<Placement> getPlacements() {
        return placements == null ? List.of() : placements;
    }

    public List<Visit> getVisits() {
        return visits == null ? List.of() : visits;
    }

    public List<Review> getReviews() {
        return reviews == null ? List.of() : reviews;
    }

    public List<HealthAssessment> getHealthAssessments() {
        return healthAssessments == null ? List.of() : healthAssessments;
    }

    /** @return most recent */
    public LocalDate getDentalCheck() {
        return dentalCheck;
    }

    public Boolean getImmunisationsUpToDate() {
        return immunisationsUpToDate;
    }

    public List<EducationPlan> getPersonalEducationPlans() {
        return personalEducationPlans == null ? List.of() : personalEducationPlans;
    }

    public Integer getSchoolDaysMissed() {
        return schoolDaysMissed;
    }

    public Integer getFixedTermExclusions() {
        return fixedTermExclusions;
    }

    public List<MissingEpisode> getMissingEpisodes() {
        return missingEpisodes == null ? List.of() : missingEpisodes;
    }

    public IndependentVisitor getIndependentVisitor() {
        return independentVisitor;
    }

    public ExploitationRisk getSexualExploitationRisk() {
        return sexualExploitationRisk;
    }
}
