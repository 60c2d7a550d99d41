package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** {@code knownFrom} of a child protection plan: from which date each of its lists is complete. */
@JsonPropertyOrder({"coreGroups", "reviewConferences", "visits"})
public final class PlanKnownFrom extends KnownFrom {
    private LocalDate coreGroups;
    private LocalDate reviewConferences;
    private LocalDate visits;

    public PlanKnownFrom() {
        // for the loader
    }

    public LocalDate getCoreGroups() {
        return coreGroups;
    }

    public LocalDate getReviewConferences() {
        return reviewConferences;
    }

    public LocalDate getVisits() {
        return visits;
    }

    @Override
    public LocalDate of(String list) {
        return switch (list) {
            case "coreGroups" -> coreGroups;
            case "reviewConferences" -> reviewConferences;
            case "visits" -> visits;
            default -> throw new IllegalArgumentException("a child protection plan has no list '" + list + "'");
        };
    }

    /** Sets {@code coreGroups}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setCoreGroups(LocalDate coreGroups) {
        this.coreGroups = coreGroups;
    }

    /** Sets {@code reviewConferences}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReviewConferences(LocalDate reviewConferences) {
        this.reviewConferences = reviewConferences;
    }

    /** Sets {@code visits}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setVisits(LocalDate visits) {
        this.visits = visits;
    }
}
