package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A personal education plan. */
@JsonPropertyOrder({"date", "smartTargets"})
public final class EducationPlan extends Located implements Dated {
    private LocalDate date;
    private Boolean smartTargets;

    public EducationPlan() {
        // for the loader
    }

    /** @return required */
    @Override
    public LocalDate getDate() {
        return date;
    }

    public Boolean getSmartTargets() {
        return smartTargets;
    }

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code smartTargets}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSmartTargets(Boolean smartTargets) {
        this.smartTargets = smartTargets;
    }
}
