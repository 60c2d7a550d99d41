package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** {@code knownFrom} of a pathway plan: from which date each of its lists is complete. */
@JsonPropertyOrder({"reviews"})
public final class PathwayPlanKnownFrom extends KnownFrom {
    private LocalDate reviews;

    public PathwayPlanKnownFrom() {
        // for the loader
    }

    public LocalDate getReviews() {
        return reviews;
    }

    @Override
    public LocalDate of(String list) {
        return switch (list) {
            case "reviews" -> reviews;
            default -> throw new IllegalArgumentException("a pathway plan has no list '" + list + "'");
        };
    }

    /** Sets {@code reviews}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReviews(LocalDate reviews) {
        this.reviews = reviews;
    }
}
