package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A period missing from care. */
@JsonPropertyOrder({"start", "returned", "returnInterview"})
public final class MissingEpisode extends Located {
    private LocalDate start;
    private LocalDate returned;
    private LocalDate returnInterview;

    public MissingEpisode() {
        // for the loader
    }

    /** @return required */
    public LocalDate getStart() {
        return start;
    }

    public LocalDate getReturned() {
        return returned;
    }

    public LocalDate getReturnInterview() {
        return returnInterview;
    }

    /** Sets {@code start}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setStart(LocalDate start) {
        this.start = start;
    }

    /** Sets {@code returned}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReturned(LocalDate returned) {
        this.returned = returned;
    }

    /** Sets {@code returnInterview}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setReturnInterview(LocalDate returnInterview) {
        this.returnInterview = returnInterview;
    }
}
