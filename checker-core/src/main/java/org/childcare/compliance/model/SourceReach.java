package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** How far back the files of one kind of source reach: the lists they supply are complete from {@code historyFrom}. */
@JsonPropertyOrder({"historyFrom"})
public final class SourceReach extends Located {
    private LocalDate historyFrom;

    public SourceReach() {
        // for the loader
    }

    /** @return the date from which the source's lists are complete; null for the source's own default */
    public LocalDate getHistoryFrom() {
        return historyFrom;
    }

    /** Sets {@code historyFrom}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setHistoryFrom(LocalDate historyFrom) {
        this.historyFrom = historyFrom;
    }
}
