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

    /** Sets {@code id}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code published}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPublished(LocalDate published) {
        this.published = published;
    }

    /** Sets {@code actions}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setActions(Integer actions) {
        this.actions = actions;
    }

    /** Sets {@code actionsCompleted}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setActionsCompleted(Integer actionsCompleted) {
        this.actionsCompleted = actionsCompleted;
    }
}
