package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A care leaver's pathway plan. */
@JsonPropertyOrder({"completed", "reviews"})
public final class PathwayPlan extends Located {
    private LocalDate completed;
    private List<LocalDate> reviews;

    public PathwayPlan() {
        // for the loader
    }

    public LocalDate getCompleted() {
        return completed;
    }

    public List<LocalDate> getReviews() {
        return reviews == null ? List.of() : reviews;
    }
}
