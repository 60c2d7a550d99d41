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
}
