package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** The case chronology. */
@JsonPropertyOrder({"present", "lastUpdated"})
public final class Chronology extends Located {
    private Boolean present;
    private LocalDate lastUpdated;

    public Chronology() {
        // for the loader
    }

    public Boolean getPresent() {
        return present;
    }

    public LocalDate getLastUpdated() {
        return lastUpdated;
    }

    /** Sets {@code present}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setPresent(Boolean present) {
        this.present = present;
    }

    /** Sets {@code lastUpdated}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLastUpdated(LocalDate lastUpdated) {
        this.lastUpdated = lastUpdated;
    }
}
