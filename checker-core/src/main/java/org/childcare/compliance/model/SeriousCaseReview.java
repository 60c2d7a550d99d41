package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A serious case review and its action plan. */
@JsonPropertyOrder({"id", "published", "actions", "actionsCompleted"})
public final class SeriousCaseReview extends Located {
    private String id;
    private LocalDate published;
    private Integer actions;
    private Integer actionsCompleted;

    public SeriousCaseReview() {
        // for the loader
    }

    public String getId() {
        return id;
    }

    public LocalDate getPublished() {
        return published;
    }

    public Integer getActions() {
        return actions;
    }

    public Integer getActionsCompleted() {
        return actionsCompleted;
    }
}
