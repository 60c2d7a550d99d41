package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** The period under review. */
@JsonPropertyOrder({"start", "end"})
public final class Period extends Located {
    private LocalDate start;
    private LocalDate end;

    public Period() {
        // for the loader
    }

    /** @return required */
    public LocalDate getStart() {
        return start;
    }

    /** @return required */
    public LocalDate getEnd() {
        return end;
    }
}
