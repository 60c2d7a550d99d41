package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A health assessment. */
@JsonPropertyOrder({"date", "type"})
public final class HealthAssessment extends Located implements Dated {
    private LocalDate date;
    private HealthAssessmentType type;

    public HealthAssessment() {
        // for the loader
    }

    /** @return required */
    @Override
    public LocalDate getDate() {
        return date;
    }

    public HealthAssessmentType getType() {
        return type;
    }

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code type}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setType(HealthAssessmentType type) {
        this.type = type;
    }
}
