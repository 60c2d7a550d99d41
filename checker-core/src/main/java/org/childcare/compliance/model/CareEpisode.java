package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A period of being looked after. */
@JsonPropertyOrder({"id", "start", "end", "legalStatus", "placements", "visits", "reviews", "healthAssessments", "dentalCheck", "immunisationsUpToDate", "healthAssessmentUpToDate", "dentalCheckInYear", "placementsInLast12Months", "personalEducationPlans", "schoolDaysMissed", "fixedTermExclusions", "missingEpisodes", "independentVisitor", "sexualExploitationRisk", "knownFrom"})
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
    private Boolean healthAssessmentUpToDate;
    private Boolean dentalCheckInYear;
    private Integer placementsInLast12Months;
    private List<EducationPlan> personalEducationPlans;
    private Integer schoolDaysMissed;
    private Integer fixedTermExclusions;
    private List<MissingEpisode> missingEpisodes;
    private IndependentVisitor independentVisitor;
    private ExploitationRisk sexualExploitationRisk;
    private EpisodeKnownFrom knownFrom;

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

    /** @return the SSDA903 OC2 flag: health assessment up to date, where the dated assessments do not cover the period */
    public Boolean getHealthAssessmentUpToDate() {
        return healthAssessmentUpToDate;
    }

    /** @return the SSDA903 OC2 flag: dental check in the year, where no dated check covers the period */
    public Boolean getDentalCheckInYear() {
        return dentalCheckInYear;
    }

    /** @return the Annex A count of placements in the last 12 months, where the placement history is not known */
    public Integer getPlacementsInLast12Months() {
        return placementsInLast12Months;
    }

    /** @return from which date each of the episode's lists is complete; null when every list is complete */
    public EpisodeKnownFrom getKnownFrom() {
        return knownFrom;
    }

    /**
     * @return true when the record says what its {@code placements} were, even none ({@code placements: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isPlacementsRecorded() {
        return placements != null;
    }

    /**
     * @return true when the record says what its {@code visits} were, even none ({@code visits: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isVisitsRecorded() {
        return visits != null;
    }

    /**
     * @return true when the record says what its {@code reviews} were, even none ({@code reviews: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isReviewsRecorded() {
        return reviews != null;
    }

    /**
     * @return true when the record says what its {@code healthAssessments} were, even none ({@code healthAssessments: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isHealthAssessmentsRecorded() {
        return healthAssessments != null;
    }

    /**
     * @return true when the record says what its {@code personalEducationPlans} were, even none ({@code personalEducationPlans: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isPersonalEducationPlansRecorded() {
        return personalEducationPlans != null;
    }

    /**
     * @return true when the record says what its {@code missingEpisodes} were, even none ({@code missingEpisodes: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isMissingEpisodesRecorded() {
        return missingEpisodes != null;
    }

    /** @return the date from which the episode's {@code list} is complete, or null when it is complete */
    public LocalDate knownFrom(String list) {
        return knownFrom == null ? null : knownFrom.of(list);
    }

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code start}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStart(LocalDate start) {
        this.start = start;
    }

    /** Sets {@code end}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setEnd(LocalDate end) {
        this.end = end;
    }

    /** Sets {@code legalStatus}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLegalStatus(String legalStatus) {
        this.legalStatus = legalStatus;
    }

    /** Sets {@code placements}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPlacements(List<Placement> placements) {
        this.placements = placements;
    }

    /** Sets {@code visits}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    /** Sets {@code reviews}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReviews(List<Review> reviews) {
        this.reviews = reviews;
    }

    /** Sets {@code healthAssessments}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setHealthAssessments(List<HealthAssessment> healthAssessments) {
        this.healthAssessments = healthAssessments;
    }

    /** Sets {@code dentalCheck}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDentalCheck(LocalDate dentalCheck) {
        this.dentalCheck = dentalCheck;
    }

    /** Sets {@code immunisationsUpToDate}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setImmunisationsUpToDate(Boolean immunisationsUpToDate) {
        this.immunisationsUpToDate = immunisationsUpToDate;
    }

    /** Sets {@code healthAssessmentUpToDate}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setHealthAssessmentUpToDate(Boolean healthAssessmentUpToDate) {
        this.healthAssessmentUpToDate = healthAssessmentUpToDate;
    }

    /** Sets {@code dentalCheckInYear}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDentalCheckInYear(Boolean dentalCheckInYear) {
        this.dentalCheckInYear = dentalCheckInYear;
    }

    /** Sets {@code placementsInLast12Months}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPlacementsInLast12Months(Integer placementsInLast12Months) {
        this.placementsInLast12Months = placementsInLast12Months;
    }

    /** Sets {@code personalEducationPlans}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPersonalEducationPlans(List<EducationPlan> personalEducationPlans) {
        this.personalEducationPlans = personalEducationPlans;
    }

    /** Sets {@code schoolDaysMissed}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSchoolDaysMissed(Integer schoolDaysMissed) {
        this.schoolDaysMissed = schoolDaysMissed;
    }

    /** Sets {@code fixedTermExclusions}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setFixedTermExclusions(Integer fixedTermExclusions) {
        this.fixedTermExclusions = fixedTermExclusions;
    }

    /** Sets {@code missingEpisodes}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setMissingEpisodes(List<MissingEpisode> missingEpisodes) {
        this.missingEpisodes = missingEpisodes;
    }

    /** Sets {@code independentVisitor}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setIndependentVisitor(IndependentVisitor independentVisitor) {
        this.independentVisitor = independentVisitor;
    }

    /** Sets {@code sexualExploitationRisk}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSexualExploitationRisk(ExploitationRisk sexualExploitationRisk) {
        this.sexualExploitationRisk = sexualExploitationRisk;
    }

    /** Sets {@code knownFrom}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setKnownFrom(EpisodeKnownFrom knownFrom) {
        this.knownFrom = knownFrom;
    }
}
