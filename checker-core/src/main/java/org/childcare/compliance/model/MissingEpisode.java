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
}
