package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** {@code knownFrom} of a care episode: from which date each of its lists is complete. */
@JsonPropertyOrder({"placements", "visits", "reviews", "healthAssessments", "personalEducationPlans", "missingEpisodes"})
public final class EpisodeKnownFrom extends KnownFrom {
    private LocalDate placements;
    private LocalDate visits;
    private LocalDate reviews;
    private LocalDate healthAssessments;
    private LocalDate personalEducationPlans;
    private LocalDate missingEpisodes;

    public EpisodeKnownFrom() {
        // for the loader
    }

    public LocalDate getPlacements() {
        return placements;
    }

    public LocalDate getVisits() {
        return visits;
    }

    public LocalDate getReviews() {
        return reviews;
    }

    public LocalDate getHealthAssessments() {
        return healthAssessments;
    }

    public LocalDate getPersonalEducationPlans() {
        return personalEducationPlans;
    }

    public LocalDate getMissingEpisodes() {
        return missingEpisodes;
    }

    @Override
    public LocalDate of(String list) {
        return switch (list) {
            case "placements" -> placements;
            case "visits" -> visits;
            case "reviews" -> reviews;
            case "healthAssessments" -> healthAssessments;
            case "personalEducationPlans" -> personalEducationPlans;
            case "missingEpisodes" -> missingEpisodes;
            default -> throw new IllegalArgumentException("a care episode has no list '" + list + "'");
        };
    }

    /** Sets {@code placements}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPlacements(LocalDate placements) {
        this.placements = placements;
    }

    /** Sets {@code visits}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setVisits(LocalDate visits) {
        this.visits = visits;
    }

    /** Sets {@code reviews}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReviews(LocalDate reviews) {
        this.reviews = reviews;
    }

    /** Sets {@code healthAssessments}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setHealthAssessments(LocalDate healthAssessments) {
        this.healthAssessments = healthAssessments;
    }

    /** Sets {@code personalEducationPlans}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPersonalEducationPlans(LocalDate personalEducationPlans) {
        this.personalEducationPlans = personalEducationPlans;
    }

    /** Sets {@code missingEpisodes}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setMissingEpisodes(LocalDate missingEpisodes) {
        this.missingEpisodes = missingEpisodes;
    }
}
