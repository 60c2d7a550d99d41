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

    /** Sets {@code start}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStart(LocalDate start) {
        this.start = start;
    }

    /** Sets {@code end}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setEnd(LocalDate end) {
        this.end = end;
    }
}
