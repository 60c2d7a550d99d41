package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A statutory visit. */
@JsonPropertyOrder({"date", "seen", "seenAlone"})
public final class Visit extends Located implements Dated {
    private LocalDate date;
    private Boolean seen;
    private Boolean seenAlone;

    public Visit() {
        // for the loader
    }

    /** @return required */
    @Override
    public LocalDate getDate() {
        return date;
    }

    public Boolean getSeen() {
        return seen;
    }

    public Boolean getSeenAlone() {
        return seenAlone;
    }

    /** Sets {@code date}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Sets {@code seen}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSeen(Boolean seen) {
        this.seen = seen;
    }

    /** Sets {@code seenAlone}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setSeenAlone(Boolean seenAlone) {
        this.seenAlone = seenAlone;
    }
}
