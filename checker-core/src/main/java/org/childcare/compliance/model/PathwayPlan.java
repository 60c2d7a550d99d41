package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A care leaver's pathway plan. */
@JsonPropertyOrder({"completed", "reviews", "knownFrom"})
public final class PathwayPlan extends Located {
    private LocalDate completed;
    private List<LocalDate> reviews;
    private PathwayPlanKnownFrom knownFrom;

    public PathwayPlan() {
        // for the loader
    }

    public LocalDate getCompleted() {
        return completed;
    }

    public List<LocalDate> getReviews() {
        return reviews == null ? List.of() : reviews;
    }

    /** @return from which date the reviews are complete; null when complete */
    public PathwayPlanKnownFrom getKnownFrom() {
        return knownFrom;
    }

    /**
     * @return true when the record says what its {@code reviews} were, even none ({@code reviews: []});
     *     false when the key is absent: unknown, so criteria that need them count the record as missing data
     */
    public boolean isReviewsRecorded() {
        return reviews != null;
    }

    /** @return the date from which the pathway plan's {@code list} is complete, or null when it is complete */
    public LocalDate knownFrom(String list) {
        return knownFrom == null ? null : knownFrom.of(list);
    }

    /** Sets {@code completed}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCompleted(LocalDate completed) {
        this.completed = completed;
    }

    /** Sets {@code reviews}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReviews(List<LocalDate> reviews) {
        this.reviews = reviews;
    }

    /** Sets {@code knownFrom}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setKnownFrom(PathwayPlanKnownFrom knownFrom) {
        this.knownFrom = knownFrom;
    }
}
