package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A supervision session. */
@JsonPropertyOrder({"date", "actionsRecorded", "reflective"})
public final class Supervision extends Located implements Dated {
    private LocalDate date;
    private Boolean actionsRecorded;
    private Boolean reflective;

    public Supervision() {
        // for the loader
    }

    /** @return required */
    @Override
    public LocalDate getDate() {
        return date;
    }

    public Boolean getActionsRecorded() {
        return actionsRecorded;
    }

    public Boolean getReflective() {
        return reflective;
    }

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code actionsRecorded}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setActionsRecorded(Boolean actionsRecorded) {
        this.actionsRecorded = actionsRecorded;
    }

    /** Sets {@code reflective}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReflective(Boolean reflective) {
        this.reflective = reflective;
    }
}
