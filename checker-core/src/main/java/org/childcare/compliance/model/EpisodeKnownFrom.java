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
}
