package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** State of the case record. */
@JsonPropertyOrder({"upToDate", "lastEntry"})
public final class Recording extends Located {
    private Boolean upToDate;
    private LocalDate lastEntry;

    public Recording() {
        // for the loader
    }

    public Boolean getUpToDate() {
        return upToDate;
    }

    public LocalDate getLastEntry() {
        return lastEntry;
    }

    /** Sets {@code upToDate}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setUpToDate(Boolean upToDate) {
        this.upToDate = upToDate;
    }

    /** Sets {@code lastEntry}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLastEntry(LocalDate lastEntry) {
        this.lastEntry = lastEntry;
    }
}
